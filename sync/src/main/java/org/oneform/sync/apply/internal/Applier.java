package org.oneform.sync.apply.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.oneform.sync.apply.AppliedChange;
import org.oneform.sync.apply.FieldConflict;
import org.oneform.sync.apply.FieldMerge;
import org.oneform.sync.apply.Match;
import org.oneform.sync.apply.MergeResult;
import org.oneform.sync.apply.SubjectMatcher;
import org.oneform.sync.intake.LedgerEntry;
import org.oneform.sync.registry.FieldValue;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.Provenance;
import org.oneform.sync.registry.Registry;
import org.oneform.sync.registry.SubjectId;
import org.oneform.sync.review.ReviewItem;
import org.oneform.sync.review.ReviewKind;

/**
 * Applies consecutive ledger entries in memory: finds each entry's subject (named; the one its
 * superseded submission went to; or dedup's match — a new record when there is none or only a possible
 * one), merges it field by field, and collects the records, review items and changes of the step. Later
 * entries of a step see the earlier ones' results. Single-threaded, like the loop that owns it.
 */
public final class Applier {

    private final Registry registry;
    private final SubjectMatcher matcher;

    public Applier(Registry registry, SubjectMatcher matcher) {
        this.registry = registry;
        this.matcher = matcher;
    }

    public Step apply(List<LedgerEntry> entries) {
        Map<SubjectId, GoldenRecord> records = new LinkedHashMap<>();
        Map<String, SubjectId> submissions = new LinkedHashMap<>();
        List<ReviewItem> review = new ArrayList<>();
        List<AppliedChange> changes = new ArrayList<>();
        long lastSeq = 0;
        for (LedgerEntry entry : entries) {
            lastSeq = entry.seq();
            AppliedChange change = applyOne(entry, records, submissions, review);
            records.put(change.record().id(), change.record());
            submissions.put(entry.id().toString(), change.record().id());
            matcher.put(change.record());
            changes.add(change);
        }
        return new Step(lastSeq, List.copyOf(records.values()), submissions, review, changes);
    }

    private AppliedChange applyOne(LedgerEntry entry, Map<SubjectId, GoldenRecord> records,
                                   Map<String, SubjectId> submissions, List<ReviewItem> review) {
        // item ids number the items of this entry ("<seq>-<n>"), not of the step: steps are cut differently
        // live, after a restart and in a rebuild, and the ids must not depend on it
        int firstOfEntry = review.size();
        var provenance = new Provenance(entry.id().toString(), entry.username(), entry.receivedAt(), entry.seq(),
                entry.formVersion());
        Optional<SubjectId> target = Optional.ofNullable(entry.subjectId());
        if (target.isEmpty() && entry.supersedes() != null) {
            String superseded = entry.supersedes().toString();
            target = Optional.ofNullable(submissions.get(superseded)).or(() -> registry.subjectOfSubmission(superseded));
        }
        SubjectId possible = null;
        double score = 0;
        if (target.isEmpty()) {
            switch (matcher.match(entry.subjectType(), entry.values())) {
                case Match.Same same -> target = Optional.of(same.subject());
                case Match.Possible maybe -> {
                    possible = maybe.subject();
                    score = maybe.score();
                }
                case Match.None none -> { }
            }
        }
        Optional<GoldenRecord> current = target.flatMap(id -> Optional.ofNullable(records.get(id)).or(() -> registry.find(id)));
        if (current.isEmpty()) {
            SubjectId id = target.orElseGet(() -> registry.newId(entry.subjectType()));
            Map<String, FieldValue> fields = new LinkedHashMap<>();
            entry.values().forEach((field, value) -> fields.put(field, new FieldValue(value, provenance)));
            var record = new GoldenRecord(id, entry.subjectType(), entry.grid(), fields);
            if (possible != null) {
                review.add(item(entry, review.size() - firstOfEntry, ReviewKind.POSSIBLE_DUPLICATE, id, possible, null, score,
                        "new record may be the same as " + possible.value()));
            } else if (target.isPresent()) {
                review.add(item(entry, review.size() - firstOfEntry, ReviewKind.VALIDATION_WARNING, id, null, null, 0,
                        "named subject " + id.value() + " was not in the registry; created it"));
            }
            return new AppliedChange(entry.seq(), entry.id(), entry.username(), record, true, fields.keySet(), Set.of());
        }
        GoldenRecord before = current.get();
        MergeResult merged = FieldMerge.merge(before, entry.values(), entry.baseSeqs(), provenance, entry.supersedes());
        GoldenRecord after = merged.record().grid().equals(entry.grid()) ? merged.record() : merged.record().movedTo(entry.grid());
        for (FieldConflict conflict : merged.conflicts()) {
            review.add(item(entry, review.size() - firstOfEntry, ReviewKind.FIELD_CONFLICT, after.id(), null, conflict, 0,
                    "field " + conflict.fieldId() + " changed since base " + conflict.baseSeq()));
        }
        return new AppliedChange(entry.seq(), entry.id(), entry.username(), after, false, merged.changed(), merged.confirmed());
    }

    private static ReviewItem item(LedgerEntry entry, int n, ReviewKind kind, SubjectId subject, SubjectId other,
                                   FieldConflict conflict, double score, String note) {
        return new ReviewItem(entry.seq() + "-" + n, kind, entry.grid(), subject, other, entry.id(), entry.seq(),
                conflict == null ? null : conflict.fieldId(), conflict == null ? null : conflict.current().value(),
                conflict == null ? null : conflict.proposed(), score, note, entry.receivedAt());
    }
}
