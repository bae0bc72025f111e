package org.oneform.sync.review;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

import org.oneform.sync.area.AreaId;
import org.oneform.sync.intake.EntryKind;
import org.oneform.sync.intake.IntakeLedger;
import org.oneform.sync.intake.LedgerEntry;
import org.oneform.sync.registry.SubjectId;

/**
 * Submissions returned to grid workers. A return is a supervisor's decision, so it is written to the intake
 * ledger ({@link EntryKind#RETURN}) and this projection is kept by the apply loop: {@link #apply} adds a return
 * and resolves one when a later submission supersedes the returned submission, and the caller stores the
 * returned objects in the registry's commit (a rebuild replays it the same). Readers never block each other.
 * See {@code docs/decisions/0012-collector-download.md}.
 */
public final class Returns {

    /** The longest comment, in characters. */
    public static final int MAX_COMMENT = 1000;

    private final ReturnsData data;
    private final IntakeLedger ledger;
    private final Clock clock;
    private final Runnable onAppended;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ReentrantLock deciding = new ReentrantLock();
    /** Returned submission → its grid; rebuilt when opened, never persisted. */
    private final Map<UUID, AreaId> gridOf = new HashMap<>();

    /**
     * @param ledger     where returns are written (null for a scratch projection in a rebuild, which never decides)
     * @param onAppended told after a return was committed (the apply loop's wake-up)
     */
    public Returns(ReturnsData data, IntakeLedger ledger, Clock clock, Runnable onAppended) {
        this.data = data;
        this.ledger = ledger;
        this.clock = clock;
        this.onAppended = onAppended;
        data.byGrid.forEach((grid, list) -> list.forEach(r -> gridOf.put(r.submissionId(), grid)));
    }

    /**
     * Returns a submission to its worker with a comment. Checked against the ledger, not the projection, so a
     * return that is written but not yet applied already counts: nothing is returned twice, and a submission
     * that was already resubmitted is not returned. Returns the return's ledger sequence, after the commit.
     *
     * @throws ReturnProblem when the submission is unknown, already returned or superseded, or the comment is
     *                       empty or longer than {@value #MAX_COMMENT} characters
     */
    public long returnSubmission(UUID submissionId, String comment, String by) {
        String text = comment == null ? "" : comment.strip();
        if (text.isEmpty() || text.length() > MAX_COMMENT || by == null || by.isBlank()) {
            throw new ReturnProblem(ReturnProblem.Kind.INVALID_COMMENT,
                    "a return needs a comment of 1 to " + MAX_COMMENT + " characters and the supervisor's name");
        }
        deciding.lock();
        try {
            LedgerEntry returned = ledger.entry(submissionId).filter(e -> e.kind() == EntryKind.SUBMISSION)
                    .orElseThrow(() -> new ReturnProblem(ReturnProblem.Kind.UNKNOWN_SUBMISSION,
                            "no submission " + submissionId + " in the ledger"));
            List<LedgerEntry> naming = ledger.naming(submissionId);
            for (LedgerEntry later : naming) {
                if (later.kind() == EntryKind.SUBMISSION) {
                    throw new ReturnProblem(ReturnProblem.Kind.ALREADY_SUPERSEDED, "submission " + submissionId
                            + " was superseded by " + later.id());
                }
            }
            for (LedgerEntry later : naming) {
                if (later.kind() == EntryKind.RETURN) {
                    throw new ReturnProblem(ReturnProblem.Kind.ALREADY_RETURNED, "submission " + submissionId
                            + " was returned already by " + later.username());
                }
            }
            Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
            long seq = ledger.appendReturn(submissionId, returned.subjectId(), text, by.strip(), at);
            onAppended.run();
            return seq;
        } finally {
            deciding.unlock();
        }
    }

    /**
     * Applies a step's ledger entries: a return is added (open), a submission superseding an open return's
     * submission resolves it. Returns the objects that changed, for the caller to store in the registry's commit.
     *
     * @param subjectOf the golden record a submission went to (this step's, then the registry's)
     */
    public Set<Object> apply(List<LedgerEntry> entries, Function<String, Optional<SubjectId>> subjectOf) {
        lock.writeLock().lock();
        try {
            Set<Object> dirty = Collections.newSetFromMap(new IdentityHashMap<>());
            for (LedgerEntry entry : entries) {
                if (entry.kind() == EntryKind.RETURN && entry.supersedes() != null && !gridOf.containsKey(entry.supersedes())) {
                    SubjectId subject = subjectOf.apply(entry.supersedes().toString()).orElse(entry.subjectId());
                    add(new ReturnedSubmission(entry.supersedes(), subject, entry.subjectType(), entry.grid(),
                            entry.note() == null ? "" : entry.note(), entry.username(), entry.receivedAt(), entry.seq(), 0,
                            null), dirty);
                } else if (entry.kind() == EntryKind.SUBMISSION && entry.supersedes() != null) {
                    resolve(entry, dirty);
                }
            }
            return dirty;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void add(ReturnedSubmission returned, Set<Object> dirty) {
        ArrayList<ReturnedSubmission> list = data.byGrid.get(returned.grid());
        if (list == null) {
            list = new ArrayList<>();
            data.byGrid.put(returned.grid(), list);
            dirty.add(data.byGrid);
        }
        list.add(returned);
        gridOf.put(returned.submissionId(), returned.grid());
        dirty.add(list);
    }

    private void resolve(LedgerEntry resubmission, Set<Object> dirty) {
        AreaId grid = gridOf.get(resubmission.supersedes());
        if (grid == null) {
            return;
        }
        ArrayList<ReturnedSubmission> list = data.byGrid.get(grid);
        for (int i = 0; i < list.size(); i++) {
            ReturnedSubmission r = list.get(i);
            if (r.submissionId().equals(resubmission.supersedes()) && r.open()) {
                list.set(i, r.resolvedBy(resubmission.id(), resubmission.seq()));
                dirty.add(list);
            }
        }
    }

    /** The open returns inside an area (grid, community, street, district), oldest first. */
    public List<ReturnedSubmission> open(AreaId scope) {
        return select(scope, ReturnedSubmission::open);
    }

    /** Every return inside an area, open or resolved, oldest first. */
    public List<ReturnedSubmission> inArea(AreaId scope) {
        return select(scope, r -> true);
    }

    /** The returns of a grid that were made or resolved after ledger sequence {@code seq}, oldest first. */
    public List<ReturnedSubmission> changedAfter(AreaId grid, long seq) {
        return select(grid, r -> r.seq() > seq || r.resolvedSeq() > seq);
    }

    /** The return of a submission, if it was returned. */
    public Optional<ReturnedSubmission> find(UUID submissionId) {
        lock.readLock().lock();
        try {
            AreaId grid = gridOf.get(submissionId);
            return grid == null ? Optional.empty() : data.byGrid.get(grid).stream()
                    .filter(r -> r.submissionId().equals(submissionId)).findFirst();
        } finally {
            lock.readLock().unlock();
        }
    }

    private List<ReturnedSubmission> select(AreaId scope, java.util.function.Predicate<ReturnedSubmission> which) {
        lock.readLock().lock();
        try {
            List<ReturnedSubmission> found = new ArrayList<>();
            data.byGrid.forEach((grid, list) -> {
                if (grid.isWithin(scope)) {
                    list.stream().filter(which).forEach(found::add);
                }
            });
            found.sort(Comparator.comparingLong(ReturnedSubmission::seq));
            return found;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Every return, oldest first (for rebuild comparisons). */
    public List<ReturnedSubmission> all() {
        lock.readLock().lock();
        try {
            List<ReturnedSubmission> all = new ArrayList<>();
            data.byGrid.values().forEach(all::addAll);
            all.sort(Comparator.comparingLong(ReturnedSubmission::seq));
            return all;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Replaces everything with what {@code source} holds (a rebuild); returns what to store. */
    public Set<Object> replaceWith(Returns source) {
        List<ReturnedSubmission> all = source.all();
        lock.writeLock().lock();
        try {
            data.byGrid.clear();
            gridOf.clear();
            Set<Object> dirty = Collections.newSetFromMap(new IdentityHashMap<>());
            all.forEach(r -> add(r, dirty));
            dirty.add(data.byGrid);
            return dirty;
        } finally {
            lock.writeLock().unlock();
        }
    }
}
