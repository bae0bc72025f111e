package org.oneform.app.collect;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.compile.FormField;
import org.oneform.forms.compile.FormVersion;
import org.oneform.forms.compile.FormVersions;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.FieldValue;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.Registry;
import org.oneform.sync.registry.SubjectId;
import org.oneform.sync.review.ReturnedSubmission;
import org.oneform.sync.review.Returns;
import org.oneform.sync.roster.RosterLog;

/**
 * Pages of a worker's download: what changed in their grids since their cursor. The item list of a download
 * is its assignments then its removals, each ordered by subject id; a page continues after the last id it gave
 * (keyset paging), so a record that changes while the device pages is never skipped — it is sent now or, its
 * change being after the download began, again next time. A grid the device did not hold at the cursor comes
 * whole; a grid the worker no longer has is removed whole. See docs/decisions/0012-collector-download.md.
 */
final class Downloads {

    /** The most items one page may carry, and the default. */
    static final int MAX_LIMIT = 1000;
    static final int DEFAULT_LIMIT = 500;

    private final Registry registry;
    private final RosterLog roster;
    private final Returns returns;
    private final FormVersions forms;
    private final DownloadCursors cursors;
    private final Clock clock;
    private final SubjectTitles titles;
    /** A username to the name people know the account by (the username itself when there is none). */
    private final java.util.function.UnaryOperator<String> names;

    Downloads(Registry registry, RosterLog roster, Returns returns, FormVersions forms, DownloadCursors cursors, Clock clock,
              java.util.function.UnaryOperator<String> names) {
        this.names = names;
        this.titles = new SubjectTitles(registry);
        this.registry = registry;
        this.roster = roster;
        this.returns = returns;
        this.forms = forms;
        this.cursors = cursors;
        this.clock = clock;
    }

    /** A page for the worker, and what it gave, for the audit log. */
    record Page(DownloadResponse response, DownloadPosition position) {
    }

    Page page(String username, Set<AreaId> workerGrids, String cursor, int limit) {
        List<String> grids = workerGrids.stream().map(AreaId::value).sorted().toList();
        long applied = registry.lastAppliedSeq();
        DownloadPosition position = cursor == null || cursor.isBlank() ? DownloadPosition.next(username, 0, List.of())
                : cursors.read(cursor, username);
        if (position.since() > applied || position.upto() > applied) {
            throw SyncProblem.CURSOR_AHEAD.parameterFailure("this server's data is older than the cursor (sequence "
                    + Math.max(position.since(), position.upto()) + " > " + applied + "): download without a cursor",
                    "cursor", cursor.length() > 80 ? cursor.substring(0, 80) + "…" : cursor, Map.of());
        }
        if (position.begun() && !position.grids().equals(grids)) {
            // the worker's grids changed while paging: begin again from the same point, with the grids they have now
            position = DownloadPosition.next(username, position.since(), position.known());
        }
        boolean first = !position.begun();
        if (first) {
            position = begin(position, applied, grids);
        }

        List<GoldenRecord> assigned = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        DownloadPosition at = position;
        if (at.phase().equals(DownloadPosition.ASSIGNMENTS)) {
            TreeSet<String> left = new TreeSet<>(assignmentIds(at).tailSet(at.after(), false));
            while (!left.isEmpty() && assigned.size() < limit) {
                String id = left.pollFirst();
                registry.find(new SubjectId(id)).filter(r -> grids.contains(r.grid().value())).ifPresent(assigned::add);
                at = at.at(DownloadPosition.ASSIGNMENTS, id);
            }
            if (left.isEmpty()) {
                at = at.at(DownloadPosition.REMOVALS, "");
            }
        }
        boolean more = true;
        if (at.phase().equals(DownloadPosition.REMOVALS)) {
            TreeSet<String> left = new TreeSet<>(removalIds(at).tailSet(at.after(), false));
            while (!left.isEmpty() && assigned.size() + removed.size() < limit) {
                String id = left.pollFirst();
                removed.add(id);
                at = at.at(DownloadPosition.REMOVALS, id);
            }
            more = !left.isEmpty();
        }
        DownloadPosition next = more ? at : DownloadPosition.next(username, at.upto(), grids);

        List<DownloadResponse.ReturnDto> open = new ArrayList<>();
        List<UUID> resolved = new ArrayList<>();
        if (first) {
            returnsSince(at, open, resolved);
        }
        Map<SubjectType, FormVersion> current = currentForms();
        var response = new DownloadResponse(cursors.of(next), more, position.total(),
                current.values().stream().map(f -> new DownloadResponse.FormRef(f.subjectType().key(), f.number())).toList(),
                assigned.stream().map(r -> assignment(r, current.get(r.type()))).toList(), removed, open, resolved);
        return new Page(response, at);
    }

    /** A download beginning now: up to the registry's applied sequence, for the worker's grids, its items counted. */
    private DownloadPosition begin(DownloadPosition cursor, long applied, List<String> grids) {
        var started = new DownloadPosition(cursor.username(), cursor.since(), cursor.known(), applied, grids,
                DownloadPosition.ASSIGNMENTS, "", 0);
        return new DownloadPosition(cursor.username(), cursor.since(), cursor.known(), applied, grids,
                DownloadPosition.ASSIGNMENTS, "", assignmentIds(started).size() + removalIds(started).size());
    }

    /**
     * Returns of the worker's grids made or resolved since the cursor: the open ones to show, the resolved ones to
     * clear (only for grids the device held: a device that never had a grid has none of its returns).
     */
    private void returnsSince(DownloadPosition at, List<DownloadResponse.ReturnDto> open, List<UUID> resolved) {
        for (String grid : at.grids()) {
            boolean held = at.known().contains(grid);
            for (ReturnedSubmission r : returns.changedAfter(new AreaId(grid), held ? at.since() : 0)) {
                if (r.open()) {
                    open.add(new DownloadResponse.ReturnDto(r.submissionId(), r.subjectId() == null ? null
                            : r.subjectId().value(), r.subjectType().key(), r.comment(), r.by(), names.apply(r.by()), r.at()));
                } else if (held) {
                    resolved.add(r.submissionId());
                }
            }
        }
    }

    /** Subjects of the worker's grids changed after the cursor (every subject of a grid the device did not hold). */
    private TreeSet<String> assignmentIds(DownloadPosition position) {
        TreeSet<String> ids = new TreeSet<>();
        for (String grid : position.grids()) {
            AreaId area = new AreaId(grid);
            // the device holds a grid as of the cursor's sequence only if it was among the cursor's grids
            if (position.known().contains(grid)) {
                roster.changedAfter(area, position.since()).keySet().forEach(id -> ids.add(id.value()));
            } else {
                for (SubjectType type : SubjectType.values()) {
                    registry.inGrid(area, type).forEach(r -> ids.add(r.id().value()));
                }
            }
        }
        return ids;
    }

    /** Subjects the device held that are no longer in any of the worker's grids. */
    private TreeSet<String> removalIds(DownloadPosition position) {
        TreeSet<String> ids = new TreeSet<>();
        for (String grid : position.known()) {
            AreaId area = new AreaId(grid);
            roster.leftAfter(area, position.since()).keySet().forEach(id -> ids.add(id.value()));
            if (!position.grids().contains(grid)) {
                for (SubjectType type : SubjectType.values()) {
                    registry.inGrid(area, type).forEach(r -> ids.add(r.id().value()));
                }
            }
        }
        ids.removeIf(id -> registry.find(new SubjectId(id)).filter(r -> position.grids().contains(r.grid().value())).isPresent());
        return ids;
    }

    private Map<SubjectType, FormVersion> currentForms() {
        Map<SubjectType, FormVersion> current = new EnumMap<>(SubjectType.class);
        for (SubjectType type : SubjectType.values()) {
            forms.current(type).ifPresent(f -> current.put(type, f));
        }
        return current;
    }

    private DownloadResponse.Assignment assignment(GoldenRecord r, FormVersion form) {
        Instant now = clock.instant();
        Map<String, DownloadResponse.Prefill> values = new LinkedHashMap<>();
        long seq = roster.lastChange(r.grid(), r.id());
        for (FieldValue value : r.fields().values()) {
            seq = Math.max(seq, value.provenance().ledgerSeq());
        }
        if (form != null) {
            for (FormField field : form.topLevel()) {
                FieldValue value = r.fields().get(field.id());
                if (value != null) {
                    Instant freshUntil = value.provenance().collectedAt().atZone(clock.getZone()).plus(field.refresh()).toInstant();
                    values.put(field.id(), new DownloadResponse.Prefill(PrefillValues.wire(field.definition().type(), value.value()),
                            value.valueSeq(), value.provenance().collectedAt(), !freshUntil.isBefore(now)));
                }
            }
        }
        SubjectTitles.Titles t = titles.of(r);
        return new DownloadResponse.Assignment(r.id().value(), r.type().key(), r.grid().value(), t.title(), t.subtitle(),
                t.household(), new DownloadResponse.SearchTerms(t.name(), t.idLast4(), t.address()), values, seq);
    }
}
