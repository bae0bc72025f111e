package org.oneform.sync.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.eclipse.serializer.persistence.types.Persister;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.internal.RecordCodec;
import org.oneform.sync.registry.internal.SubmissionShelfCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry of golden records. One writer at a time (the apply loop, or the baseline seeding);
 * readers never block each other. Every change stores, together, only the shelves it touched (small maps
 * of records and of submission ids, see {@link RegistryData}) and the registry's counters; the views by
 * grid and by id are kept in memory and built on open.
 */
public final class Registry {

    /** Ledger sequences per submission shelf (subject ids per record shelf: {@link SubjectId#SHELF}). */
    static final int SHELF = SubjectId.SHELF;

    private static final Logger log = LoggerFactory.getLogger(Registry.class);

    private final RegistryData data;
    private final Persister persister;
    private final RecordCodec codec = new RecordCodec();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    public Registry(RegistryData data, Persister persister) {
        long started = System.nanoTime();
        this.data = data;
        this.persister = persister;
        if (data.submissions == null) {
            data.submissions = new HashMap<>(); // a store written before edits were tracked
        }
        boolean legacy = holdsObjectGraphs(data);
        if (data.records == null) {
            data.records = new HashMap<>(); // a store written before compact records (decision 0042)
        }
        if (data.subjects == null) {
            data.subjects = new HashMap<>();
        }
        data.byGrid = new HashMap<>();
        data.gridOf = new HashMap<>();
        data.subjectOf = new HashMap<>();
        open();
        if (legacy) {
            moveIntoCompactRecords();
        }
        if (!data.grids.isEmpty() || !data.submissions.isEmpty()) {
            moveOntoShelves();
        }
        log.info("registry opened: {} records, {} applied submissions, views built in {} ms", data.gridOf.size(),
                data.subjectOf.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Builds the in-memory views from the persisted records and submission shelves. A record is placed by its header
     * (type, grid) and decoded on its first read ({@link Slot}): the start does not decode every record.
     */
    private void open() {
        data.records.values().forEach(shelf -> shelf.forEach((id, bytes) ->
                index(new Slot(new SubjectId(id), codec.header(bytes), bytes))));
        data.subjects.values().forEach(shelf -> SubmissionShelfCodec.forEach(shelf,
                (submission, subject) -> data.subjectOf.put(submission, new SubjectId(subject))));
    }

    /**
     * Moves a store written before compact records (records as object graphs on {@code shelves}) into them, once,
     * in one commit; the old graphs become unreachable ({@link #holdsObjectGraphs} says how to collect them at once).
     */
    private void moveIntoCompactRecords() {
        Set<Object> dirty = Collections.newSetFromMap(new IdentityHashMap<>());
        List<GoldenRecord> records = new ArrayList<>();
        if (data.shelves != null) {
            data.shelves.values().forEach(shelf -> records.addAll(shelf.values()));
        }
        put(records, dirty);
        if (data.submissionShelves != null) {
            data.submissionShelves.forEach((shelf, submissions) -> putSubmissions(shelf * SHELF, submissions, dirty));
        }
        data.shelves = new HashMap<>();
        data.submissionShelves = new HashMap<>();
        dirty.add(data.records);
        dirty.add(data.subjects);
        dirty.add(data);
        persister.storeAll(dirty.toArray());
        log.info("registry: {} records and {} submissions moved into the compact layout (decision 0042)", records.size(),
                data.subjectOf.size());
    }

    /**
     * Whether a persisted registry is in the layout before compact records (records as object graphs), which
     * opening it moves into compact records once. The caller may then reopen the storage and collect the old graphs
     * at once: Eclipse Store keeps whatever the JVM has loaded, and the old graphs were loaded with the root.
     */
    public static boolean holdsObjectGraphs(RegistryData data) {
        return data.records == null || (data.shelves != null && !data.shelves.isEmpty())
                || (data.submissionShelves != null && !data.submissionShelves.isEmpty());
    }

    /** The persisted holder, for this package's tests. */
    RegistryData data() {
        return data;
    }

    /** Moves a store written before shelves onto them, once, in one commit. */
    private void moveOntoShelves() {
        Set<Object> dirty = Collections.newSetFromMap(new IdentityHashMap<>());
        List<GoldenRecord> records = new ArrayList<>();
        data.grids.values().forEach(grid -> records.addAll(grid.values()));
        put(records, dirty);
        Map<String, SubjectId> submissions = new HashMap<>();
        data.submissions.values().forEach(submissions::putAll);
        putSubmissions(data.lastAppliedSeq, submissions, dirty);
        data.grids.clear();
        data.submissions.clear();
        dirty.add(data.grids);
        dirty.add(data.submissions);
        dirty.add(data);
        persister.storeAll(dirty.toArray());
    }

    /**
     * Puts records (new or replacing ones with the same id) and stores the touched grids. A record
     * that moves to another grid leaves its old one. For baselines and tests; the apply loop uses
     * {@link #apply}.
     */
    public void putAll(Collection<GoldenRecord> records) {
        lock.writeLock().lock();
        try {
            Set<Object> dirty = Collections.newSetFromMap(new IdentityHashMap<>());
            put(records, dirty);
            persister.storeAll(dirty.toArray());
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * One step of the apply loop, stored in one Eclipse Store commit: the changed records, which subject
     * each submission went to, the id counters, the last applied ledger sequence, and whatever other
     * objects the caller changed in the same step (the review queue's). A sequence at or below
     * {@link #lastAppliedSeq()} is refused: replay skips what the registry has.
     *
     * @param seq         the highest ledger sequence this step covers
     * @param records     new and changed records
     * @param submissions submission id → the subject it was applied to
     * @param alsoStore   other changed objects to store in the same commit
     */
    public void apply(long seq, Collection<GoldenRecord> records, Map<String, SubjectId> submissions,
                      Collection<?> alsoStore) {
        apply(seq, records, List.of(), submissions, alsoStore);
    }

    /**
     * {@link #apply(long, Collection, Map, Collection)} that also takes records out: a record a supervisor merged
     * into another leaves its shelf and the views by grid and by id (docs/decisions/0028-merging-a-reviewed-duplicate.md).
     *
     * @param removed records that no longer exist (none of them in {@code records})
     */
    public void apply(long seq, Collection<GoldenRecord> records, Collection<SubjectId> removed,
                      Map<String, SubjectId> submissions, Collection<?> alsoStore) {
        lock.writeLock().lock();
        try {
            if (seq <= data.lastAppliedSeq) {
                throw new IllegalStateException("ledger sequence " + seq + " is not after " + data.lastAppliedSeq);
            }
            Set<Object> dirty = Collections.newSetFromMap(new IdentityHashMap<>());
            put(records, dirty);
            for (SubjectId id : removed) {
                HashMap<String, byte[]> shelf = data.records.get(id.shelf());
                if (shelf != null && shelf.remove(id.value()) != null) {
                    dirty.add(shelf);
                }
                AreaId grid = data.gridOf.remove(id);
                if (grid != null) {
                    data.byGrid.get(grid).remove(id);
                }
            }
            putSubmissions(seq, submissions, dirty);
            data.lastAppliedSeq = seq;
            dirty.add(data);
            dirty.addAll(alsoStore);
            persister.storeAll(dirty.toArray());
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Replaces everything this registry holds with what {@code source} holds (a rebuild from the ledger),
     * and stores it.
     */
    public void replaceWith(Registry source) {
        source.lock.readLock().lock();
        lock.writeLock().lock();
        try {
            data.records = new HashMap<>();
            source.data.records.forEach((shelf, records) -> data.records.put(shelf, new HashMap<>(records)));
            data.subjects = new HashMap<>();
            data.subjects.putAll(source.data.subjects);
            data.byGrid = new HashMap<>();
            source.data.byGrid.forEach((grid, records) -> data.byGrid.put(grid, new HashMap<>(records)));
            data.gridOf = new HashMap<>(source.data.gridOf);
            data.subjectOf = new HashMap<>(source.data.subjectOf);
            data.lastAppliedSeq = source.data.lastAppliedSeq;
            data.lastResident = source.data.lastResident;
            data.lastHousehold = source.data.lastHousehold;
            data.lastPlace = source.data.lastPlace;
            data.baseline = source.data.baseline;
            persister.storeAll(data);
        } finally {
            lock.writeLock().unlock();
            source.lock.readLock().unlock();
        }
    }

    private void put(Collection<GoldenRecord> records, Set<Object> dirty) {
        for (GoldenRecord record : records) {
            String key = record.id().shelf();
            HashMap<String, byte[]> shelf = data.records.get(key);
            if (shelf == null) {
                shelf = new HashMap<>();
                data.records.put(key, shelf);
                dirty.add(data.records);
            }
            byte[] bytes = codec.encode(record);
            shelf.put(record.id().value(), bytes);
            dirty.add(shelf);
            index(new Slot(record, bytes));
        }
    }

    /** Keeps the in-memory views (by grid, grid of id) in step with one record. */
    private void index(Slot slot) {
        AreaId previous = data.gridOf.put(slot.id, slot.grid);
        if (previous != null && !previous.equals(slot.grid)) {
            data.byGrid.get(previous).remove(slot.id);
        }
        data.byGrid.computeIfAbsent(slot.grid, g -> new HashMap<>()).put(slot.id, slot);
    }

    private void putSubmissions(long seq, Map<String, SubjectId> submissions, Set<Object> dirty) {
        if (submissions.isEmpty()) {
            return;
        }
        long key = seq / SHELF;
        byte[] before = data.subjects.get(key);
        byte[] after = SubmissionShelfCodec.append(before, submissions);
        data.subjects.put(key, after);
        dirty.add(data.subjects);
        data.subjectOf.putAll(submissions);
    }

    /**
     * A fresh id for a new subject ({@code R00017715}): one more than the last given or seeded. Call it from
     * the single writer; the counter is stored with its next {@link #apply}.
     */
    public SubjectId newId(SubjectType type) {
        lock.writeLock().lock();
        try {
            long number = switch (type) {
                case RESIDENT -> ++data.lastResident;
                case HOUSEHOLD -> ++data.lastHousehold;
                case PLACE -> ++data.lastPlace;
            };
            return new SubjectId(prefix(type) + "%08d".formatted(number));
        } finally {
            lock.writeLock().unlock();
        }
    }

    private static char prefix(SubjectType type) {
        return Character.toUpperCase(type.key().charAt(0));
    }

    /** The subject an applied submission went to, if it was applied. */
    public Optional<SubjectId> subjectOfSubmission(String submissionId) {
        lock.readLock().lock();
        try {
            return Optional.ofNullable(data.subjectOf.get(submissionId));
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The applied submissions that went to a record, in no particular order. Scans every submission: for the rare
     * merge of two records by a supervisor, not for the hot path.
     */
    public List<String> submissionsOf(SubjectId id) {
        lock.readLock().lock();
        try {
            List<String> found = new ArrayList<>();
            data.subjectOf.forEach((submission, subject) -> {
                if (subject.equals(id)) {
                    found.add(submission);
                }
            });
            return found;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Records the baseline the registry was seeded from, and starts the id counters after the highest
     * number the baseline used.
     */
    public void markBaseline(String baseline) {
        lock.writeLock().lock();
        try {
            data.baseline = baseline;
            for (SubjectId id : data.gridOf.keySet()) {
                String value = id.value();
                if (value.length() > 1 && value.substring(1).chars().allMatch(Character::isDigit)) {
                    long number = Long.parseLong(value.substring(1));
                    switch (value.charAt(0)) {
                        case 'R' -> data.lastResident = Math.max(data.lastResident, number);
                        case 'H' -> data.lastHousehold = Math.max(data.lastHousehold, number);
                        case 'P' -> data.lastPlace = Math.max(data.lastPlace, number);
                        default -> { }
                    }
                }
            }
            persister.store(data);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public Optional<String> baseline() {
        lock.readLock().lock();
        try {
            return Optional.ofNullable(data.baseline);
        } finally {
            lock.readLock().unlock();
        }
    }

    public long lastAppliedSeq() {
        lock.readLock().lock();
        try {
            return data.lastAppliedSeq;
        } finally {
            lock.readLock().unlock();
        }
    }

    public Optional<GoldenRecord> find(SubjectId id) {
        lock.readLock().lock();
        try {
            AreaId grid = data.gridOf.get(id);
            return grid == null ? Optional.empty() : Optional.ofNullable(data.byGrid.get(grid).get(id)).map(slot -> slot.record(codec));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The records of a type in one grid, ordered by id. */
    public List<GoldenRecord> inGrid(AreaId grid, SubjectType type) {
        lock.readLock().lock();
        try {
            var slots = data.byGrid.getOrDefault(grid, new HashMap<>()).values();
            return slots.stream().filter(slot -> slot.type == type).sorted(Comparator.comparing(slot -> slot.id.value()))
                    .map(slot -> slot.record(codec)).toList();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Every record, grid by grid; for index rebuilds. */
    public List<GoldenRecord> all() {
        lock.readLock().lock();
        try {
            var all = new ArrayList<GoldenRecord>(data.gridOf.size());
            data.byGrid.values().forEach(g -> g.values().forEach(slot -> all.add(slot.record(codec))));
            return all;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Every record in id order (ids are handed out in order, so: oldest first). Dedup is loaded this way at
     * start-up and in a rebuild, so that where two records claim one identifier the same one wins every time.
     */
    public List<GoldenRecord> allInIdOrder() {
        List<GoldenRecord> all = new ArrayList<>(all());
        all.sort(Comparator.comparing(r -> r.id().value()));
        return all;
    }

    /** Counts by subject type of the records inside an area (a grid, community, street or district). */
    public Map<SubjectType, Integer> counts(AreaId scope) {
        lock.readLock().lock();
        try {
            Map<SubjectType, Integer> counts = new EnumMap<>(SubjectType.class);
            for (SubjectType type : SubjectType.values()) {
                counts.put(type, 0);
            }
            data.byGrid.forEach((grid, records) -> {
                if (grid.isWithin(scope)) {
                    records.values().forEach(slot -> counts.merge(slot.type, 1, Integer::sum));
                }
            });
            return counts;
        } finally {
            lock.readLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return data.gridOf.size();
        } finally {
            lock.readLock().unlock();
        }
    }
}
