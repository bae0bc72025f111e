package org.oneform.sync.apply;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.oneform.sync.apply.internal.Applier;
import org.oneform.sync.apply.internal.Step;
import org.oneform.sync.intake.IntakeLedger;
import org.oneform.sync.intake.LedgerEntry;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.Registry;
import org.oneform.sync.registry.SubjectId;
import org.oneform.sync.review.Returns;
import org.oneform.sync.review.ReviewItem;
import org.oneform.sync.review.ReviewKind;
import org.oneform.sync.review.ReviewQueue;
import org.oneform.sync.roster.RosterLog;
import org.oneform.sync.search.RegistryIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single writer of the registry. {@link #catchUp()} (at start-up, before serving) brings the search
 * index in step with the registry and replays the ledger entries the registry has not applied; {@link
 * #start()} then runs a thread that applies new entries as {@link #signal()} announces them, in steps of
 * up to {@value #STEP} entries: listeners, then one registry store with the step's last sequence, then
 * the index (committed at most every {@link #INDEX_COMMIT_INTERVAL}, and when idle).
 *
 * <p>A step that fails stops the loop (nothing of it was stored); {@link #failure()} says why and the
 * health check reports it. Restarting the process replays from the last stored step. See {@code
 * docs/decisions/0005-intake-ledger-and-apply-loop.md}.
 */
public final class ApplyLoop implements AutoCloseable {

    /** The most ledger entries applied in one registry store. */
    public static final int STEP = 256;
    /** How often the index commits while entries keep coming (it is searchable sooner, by refresh). */
    public static final Duration INDEX_COMMIT_INTERVAL = Duration.ofSeconds(1);
    /** Below this many entries between the index and the registry, catch-up re-indexes only their subjects. */
    static final long REINDEX_LIMIT = 100_000;

    private static final Logger log = LoggerFactory.getLogger(ApplyLoop.class);

    private final IntakeLedger ledger;
    private final Registry registry;
    private final ReviewQueue review;
    private final Returns returns;
    private final RosterLog roster;
    private final SubjectMatcher matcher;
    private final RegistryIndex index;
    private final List<ChangeListener> listeners;
    private final Applier applier;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private final Condition progress = lock.newCondition();
    private boolean signalled;
    private volatile boolean closed;
    private volatile Throwable failure;
    private volatile boolean matcherLoaded;
    private Thread thread;
    private long lastIndexCommit;
    private final StepTimings timings = new StepTimings();

    /**
     * @param returns the returns projection, kept in the registry's commit like the review queue
     * @param roster  the roster log (which subjects of a grid changed or left when), kept the same way
     */
    public ApplyLoop(IntakeLedger ledger, Registry registry, ReviewQueue review, Returns returns, RosterLog roster,
                     SubjectMatcher matcher, RegistryIndex index, List<ChangeListener> listeners) {
        this.ledger = ledger;
        this.registry = registry;
        this.review = review;
        this.returns = returns;
        this.roster = roster;
        this.matcher = matcher;
        this.index = index;
        this.listeners = List.copyOf(listeners);
        this.applier = new Applier(registry, matcher, ledger::entry);
    }

    /**
     * Brings the index in step with the registry (re-indexing the subjects of the entries it missed, or
     * rebuilding it when it is far behind, ahead, or never committed) and applies every ledger entry the
     * registry has not, up to the ledger's last sequence when it began, loading dedup first when there is
     * any. With nothing to replay dedup is not loaded here: {@link #start()}'s thread loads it before its
     * first step, so a start with a large registry is ready without waiting for it. Call once, before
     * {@link #start()}.
     *
     * @return the number of ledger entries applied
     */
    public long catchUp() {
        long started = System.nanoTime();
        catchUpIndex();
        // replay what the ledger held when catch-up began: devices may upload while the application starts,
        // and a ledger growing faster than it is applied would otherwise keep the start-up from ever ending;
        // the loop thread applies the rest. Dedup is loaded only when there is something to replay: otherwise
        // the loop's thread loads it before its first step (docs/decisions/0039-start-up-with-a-million-residents.md)
        long target = ledger.lastSeq();
        long applied = 0;
        for (List<LedgerEntry> entries; registry.lastAppliedSeq() < target
                && !(entries = ledger.after(registry.lastAppliedSeq(), STEP)).isEmpty(); ) {
            loadMatcher();
            applyStep(entries);
            applied += entries.size();
        }
        index.commit(registry.lastAppliedSeq());
        lastIndexCommit = System.nanoTime();
        log.info("apply loop caught up: {} ledger entries applied, registry at sequence {}, {} records, in {} ms",
                applied, registry.lastAppliedSeq(), registry.size(), (System.nanoTime() - started) / 1_000_000);
        return applied;
    }

    /**
     * Loads dedup with every record of the registry, once, before the first step that needs it: the records are in
     * the index (catch-up saw to it), so dedup's candidates come from there.
     */
    private void loadMatcher() {
        if (matcherLoaded) {
            return;
        }
        long started = System.nanoTime();
        List<GoldenRecord> records = registry.allInIdOrder();
        for (GoldenRecord record : records) {
            if (closed) {
                return; // shutting down while loading: nothing was applied, the next start loads again
            }
            matcher.load(record);
        }
        matcher.written();
        matcherLoaded = true;
        log.info("dedup loaded: {} records in {} ms", records.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** Whether dedup holds the registry's records (the loop's thread loads them before its first step). */
    public boolean matcherLoaded() {
        return matcherLoaded;
    }

    private void catchUpIndex() {
        long indexed = index.lastCommittedSeq();
        long applied = registry.lastAppliedSeq();
        if (indexed == applied && index.count() == registry.size()) {
            return;
        }
        if (indexed != RegistryIndex.NEVER_COMMITTED && indexed < applied && applied - indexed <= REINDEX_LIMIT) {
            Set<SubjectId> subjects = new LinkedHashSet<>();
            for (List<LedgerEntry> entries; !(entries = ledger.after(indexed, STEP)).isEmpty()
                    && entries.getFirst().seq() <= applied; ) {
                for (LedgerEntry entry : entries) {
                    if (entry.seq() <= applied) {
                        registry.subjectOfSubmission(entry.id().toString()).ifPresent(subjects::add);
                    }
                }
                indexed = entries.getLast().seq();
            }
            index.index(subjects.stream().flatMap(id -> registry.find(id).stream()).toList());
            index.commit(applied);
            if (index.count() == registry.size()) {
                log.info("search index caught up: {} subjects re-indexed up to sequence {}", subjects.size(), applied);
                return;
            }
        }
        index.rebuild(registry.all(), applied);
        log.info("search index rebuilt: {} records at sequence {}", index.count(), applied);
    }

    /** Starts the thread that applies new entries. */
    public void start() {
        lock.lock();
        try {
            if (thread != null) {
                throw new IllegalStateException("already started");
            }
            thread = Thread.ofPlatform().name("oneform-apply").daemon(false).start(this::run);
        } finally {
            lock.unlock();
        }
    }

    /** New entries are in the ledger. */
    public void signal() {
        lock.lock();
        try {
            signalled = true;
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The last sequence applied to the registry. */
    public long appliedSeq() {
        return registry.lastAppliedSeq();
    }

    /** Why the loop stopped, if a step failed. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /** Waits until sequence {@code seq} is applied; false on timeout or when the loop has failed. */
    public boolean awaitApplied(long seq, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (registry.lastAppliedSeq() < seq) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || failure != null) {
                    return false;
                }
                progress.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        try {
            loadMatcher();
            while (waitForWork()) {
                List<LedgerEntry> entries = ledger.after(registry.lastAppliedSeq(), STEP);
                if (entries.isEmpty()) {
                    commitIndex();
                    continue;
                }
                applyStep(entries);
                if (System.nanoTime() - lastIndexCommit >= INDEX_COMMIT_INTERVAL.toNanos()) {
                    commitIndex();
                }
                lock.lock();
                try {
                    signalled = true; // there may be more
                    progress.signalAll();
                } finally {
                    lock.unlock();
                }
            }
            commitIndex();
        } catch (RuntimeException | Error e) {
            failure = e;
            log.error("the apply loop stopped at sequence {}; restart OneForm to replay from there",
                    registry.lastAppliedSeq(), e);
            lock.lock();
            try {
                progress.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    private boolean waitForWork() {
        lock.lock();
        try {
            while (!signalled && !closed) {
                // wake up now and then anyway: a signal lost to a race only delays, never drops
                work.await(1, TimeUnit.SECONDS);
                if (!signalled && ledger.lastSeq() > registry.lastAppliedSeq()) {
                    signalled = true;
                }
            }
            signalled = false;
            return !closed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    private void applyStep(List<LedgerEntry> entries) {
        timings.start();
        Step step = applier.apply(entries);
        timings.lap(StepTimings.Phase.MERGE);
        for (ChangeListener listener : listeners) {
            listener.applied(step.changes());
        }
        timings.lap(StepTimings.Phase.LISTENERS);
        List<Object> alsoStore = new ArrayList<>(review.add(step.review()));
        alsoStore.addAll(project(step, entries, review, returns, roster, registry));
        registry.apply(step.lastSeq(), step.records(), step.removed(), step.submissions(), alsoStore);
        timings.lap(StepTimings.Phase.STORE);
        index.index(new ArrayList<GoldenRecord>(step.records()));
        step.removed().forEach(index::delete); // merged into another record (docs/decisions/0028-…)
        matcher.written(); // the step's records are in the index writer: the next probe refreshes and finds them there
        timings.lap(StepTimings.Phase.INDEX);
        timings.applied(entries.size());
    }

    /**
     * Brings the review decisions, the returns projection and the roster log in step with an applied step (in
     * memory; the step's new review items are added before); returns the objects to store with the registry.
     * Shared with {@link Rebuild}, so a rebuild projects exactly the same.
     */
    static Set<Object> project(Step step, List<LedgerEntry> entries, ReviewQueue review, Returns returns, RosterLog roster,
                               Registry registry) {
        Set<Object> dirty = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        // returns first: a resubmission of a returned submission goes to review, and a decision on it in the same
        // step (a rebuild cuts steps differently) must find it
        List<ReviewItem> resubmissions = new ArrayList<>();
        dirty.addAll(returns.apply(entries, submission -> java.util.Optional.ofNullable(step.submissions().get(submission))
                .or(() -> registry.subjectOfSubmission(submission)), (entry, returned) -> {
                    SubjectId subject = java.util.Optional.ofNullable(step.submissions().get(entry.id().toString()))
                            .orElse(returned.subjectId());
                    if (subject != null) {
                        resubmissions.add(new ReviewItem(entry.seq() + "-r", ReviewKind.RESUBMISSION, entry.grid(), subject,
                                null, entry.id(), entry.seq(), null, null, null, 0, "resubmission of returned submission "
                                + returned.submissionId(), entry.receivedAt()));
                    }
                }));
        dirty.addAll(review.add(resubmissions));
        dirty.addAll(review.apply(entries));
        for (AppliedChange change : step.changes()) {
            if (change.type() == ChangeType.ABSORBED) { // devices drop it: it left its grid
                dirty.addAll(roster.removed(change.seq(), change.record().id(), change.record().grid()));
                continue;
            }
            dirty.addAll(roster.changed(change.seq(), change.record().id(),
                    change.previous() == null ? null : change.previous().grid(), change.record().grid()));
        }
        return dirty;
    }

    private void commitIndex() {
        long seq = registry.lastAppliedSeq();
        if (index.lastCommittedSeq() != seq) {
            index.commit(seq);
        }
        lastIndexCommit = System.nanoTime();
    }

    /** Stops the thread after its current step and commits the index. */
    @Override
    public void close() throws InterruptedException {
        Thread running;
        lock.lock();
        try {
            closed = true;
            work.signalAll();
            running = thread;
        } finally {
            lock.unlock();
        }
        if (running != null) {
            running.join(Duration.ofSeconds(30));
        }
    }
}
