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
            LedgerEntry returned = submission(submissionId);
            if (openInLedger(submissionId)) {
                throw new ReturnProblem(ReturnProblem.Kind.ALREADY_RETURNED, "submission " + submissionId
                        + " was returned already and is still open");
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
     * Withdraws the open return of a submission (the supervisor changed their mind, or fixed it themselves); the
     * worker's next download lists it as resolved. Returns the withdrawal's ledger sequence, after the commit.
     *
     * @param why the supervisor's reason, kept in the ledger (may be empty)
     * @throws ReturnProblem when the submission is unknown, was superseded, or has no open return
     */
    public long withdraw(UUID submissionId, String why, String by) {
        if (by == null || by.isBlank() || (why != null && why.length() > MAX_COMMENT)) {
            throw new ReturnProblem(ReturnProblem.Kind.INVALID_COMMENT,
                    "a withdrawal names the supervisor and has a reason of at most " + MAX_COMMENT + " characters");
        }
        deciding.lock();
        try {
            LedgerEntry returned = submission(submissionId);
            if (!openInLedger(submissionId)) {
                throw new ReturnProblem(ReturnProblem.Kind.NOT_RETURNED, "submission " + submissionId + " has no open return");
            }
            Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
            long seq = ledger.appendReturnWithdrawal(submissionId, returned.subjectId(), why == null ? "" : why.strip(),
                    by.strip(), at);
            onAppended.run();
            return seq;
        } finally {
            deciding.unlock();
        }
    }

    private LedgerEntry submission(UUID submissionId) {
        return ledger.entry(submissionId).filter(e -> e.kind() == EntryKind.SUBMISSION)
                .orElseThrow(() -> new ReturnProblem(ReturnProblem.Kind.UNKNOWN_SUBMISSION,
                        "no submission " + submissionId + " in the ledger"));
    }

    /**
     * Whether the ledger (not the projection, which may lag) holds an open return of the submission; refuses a
     * submission that a later one superseded already.
     */
    private boolean openInLedger(UUID submissionId) {
        boolean open = false;
        for (LedgerEntry later : ledger.naming(submissionId)) {
            switch (later.kind()) {
                case SUBMISSION -> throw new ReturnProblem(ReturnProblem.Kind.ALREADY_SUPERSEDED, "submission "
                        + submissionId + " was superseded by " + later.id());
                case RETURN -> open = true;
                case RETURN_WITHDRAWN -> open = false;
                case SPLIT, REVIEW_DECISION -> { }
            }
        }
        return open;
    }

    /**
     * Applies a step's ledger entries: a return is added (open), a submission superseding an open return's
     * submission resolves it. Returns the objects that changed, for the caller to store in the registry's commit.
     *
     * @param subjectOf the golden record a submission went to (this step's, then the registry's)
     */
    public Set<Object> apply(List<LedgerEntry> entries, Function<String, Optional<SubjectId>> subjectOf) {
        return apply(entries, subjectOf, (entry, returned) -> { });
    }

    /**
     * {@link #apply(List, Function)}, telling {@code resubmitted} about every submission that resolved an open return
     * (with the return as it stood), in ledger order: the apply loop puts the resubmission in review for the
     * supervisor to approve.
     */
    public Set<Object> apply(List<LedgerEntry> entries, Function<String, Optional<SubjectId>> subjectOf,
                             java.util.function.BiConsumer<LedgerEntry, ReturnedSubmission> resubmitted) {
        lock.writeLock().lock();
        try {
            Set<Object> dirty = Collections.newSetFromMap(new IdentityHashMap<>());
            for (LedgerEntry entry : entries) {
                if (entry.supersedes() == null) {
                    continue;
                }
                switch (entry.kind()) {
                    case RETURN -> {
                        Optional<ReturnedSubmission> earlier = current(entry.supersedes());
                        if (earlier.isEmpty() || earlier.get().withdrawn()) { // returned again after a withdrawal
                            SubjectId subject = subjectOf.apply(entry.supersedes().toString()).orElse(entry.subjectId());
                            add(new ReturnedSubmission(entry.supersedes(), subject, entry.subjectType(), entry.grid(),
                                    entry.note() == null ? "" : entry.note(), entry.username(), entry.receivedAt(),
                                    entry.seq(), 0, null), dirty);
                        }
                    }
                    case SUBMISSION -> {
                        ReturnedSubmission resolved = resolve(entry.supersedes(), entry.id(), entry.seq(), dirty);
                        if (resolved != null) {
                            resubmitted.accept(entry, resolved);
                        }
                    }
                    case RETURN_WITHDRAWN -> resolve(entry.supersedes(), null, entry.seq(), dirty);
                    case SPLIT, REVIEW_DECISION -> { }
                }
            }
            return dirty;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private Optional<ReturnedSubmission> current(UUID submissionId) {
        AreaId grid = gridOf.get(submissionId);
        return grid == null ? Optional.empty()
                : data.byGrid.get(grid).stream().filter(r -> r.submissionId().equals(submissionId)).findFirst();
    }

    /** Adds a return, or replaces the withdrawn return of the same submission. */
    private void add(ReturnedSubmission returned, Set<Object> dirty) {
        AreaId earlierGrid = gridOf.get(returned.submissionId());
        if (earlierGrid != null) {
            ArrayList<ReturnedSubmission> earlier = data.byGrid.get(earlierGrid);
            earlier.removeIf(r -> r.submissionId().equals(returned.submissionId()));
            dirty.add(earlier);
        }
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

    /** Resolves the open return of a submission (returning it as it stood, or null when none was open): superseded by {@code by}, or withdrawn when {@code by} is null. */
    private ReturnedSubmission resolve(UUID returned, UUID by, long seq, Set<Object> dirty) {
        AreaId grid = gridOf.get(returned);
        if (grid == null) {
            return null;
        }
        ArrayList<ReturnedSubmission> list = data.byGrid.get(grid);
        ReturnedSubmission resolved = null;
        for (int i = 0; i < list.size(); i++) {
            ReturnedSubmission r = list.get(i);
            if (r.submissionId().equals(returned) && r.open()) {
                list.set(i, r.resolvedBy(by, seq));
                dirty.add(list);
                resolved = r;
            }
        }
        return resolved;
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
