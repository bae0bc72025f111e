package org.oneform.sync.roster;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.SubjectId;
import org.oneform.sync.roster.internal.RosterShelfCodec;

/**
 * Which subjects of a grid changed, and which left it, after a ledger sequence. Written only by the apply
 * loop (one writer), read by downloads (readers never block each other). See the package documentation.
 */
public final class RosterLog {

    /** A shelf is compacted when it holds this many records more than subjects (and twice as many). */
    private static final int COMPACT_SLACK = 256;

    private final RosterLogData data;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    /** Per shelf: records appended in all, and subjects on it at the last compaction (or open). Not persisted. */
    private final Map<String, int[]> counts = new HashMap<>();
    /** What opening changed (a move from the old layout, compacted shelves), for the caller to store. */
    private final Set<Object> changedOnOpen = Collections.newSetFromMap(new IdentityHashMap<>());

    public RosterLog(RosterLogData data) {
        this.data = data;
        if (data.entries == null) {
            data.entries = new HashMap<>(); // a store written before compact shelves (decision 0042)
            changedOnOpen.add(data);
        }
        data.changed = new HashMap<>();
        if (data.shelves != null && !data.shelves.isEmpty()) {
            moveIntoCompactShelves();
        }
        data.shelves = data.shelves == null ? new HashMap<>() : data.shelves;
        data.entries.forEach((key, shelf) -> {
            Map<String, RosterShelfCodec.Entry> entries = RosterShelfCodec.read(shelf);
            int records = RosterShelfCodec.records(shelf);
            if (records > 2 * entries.size() + COMPACT_SLACK) {
                data.entries.put(key, RosterShelfCodec.compact(entries));
                changedOnOpen.add(data.entries);
                records = (int) entries.values().stream().filter(e -> !e.grid().isEmpty()).count();
            }
            counts.put(key, new int[] {records, entries.size()});
            entries.forEach((id, entry) -> {
                if (!entry.grid().isEmpty()) {
                    data.changed.computeIfAbsent(new AreaId(entry.grid()), g -> new HashMap<>()).put(new SubjectId(id), entry.seq());
                }
            });
        });
    }

    /** Whether a persisted roster is in the layout before compact shelves, which opening it moves once. */
    public static boolean holdsOldLayout(RosterLogData data) {
        return data.entries == null || (data.shelves != null && !data.shelves.isEmpty());
    }

    /** Encodes a store's roster written before compact shelves into them, once; the caller stores {@link #changedOnOpen}. */
    private void moveIntoCompactShelves() {
        data.shelves.forEach((key, shelf) -> {
            Map<String, RosterShelfCodec.Entry> entries = new java.util.LinkedHashMap<>();
            shelf.forEach((id, entry) -> entries.put(id.value(), new RosterShelfCodec.Entry(entry.grid().value(), entry.seq())));
            byte[] before = data.entries.get(key);
            if (before != null) { // written by this layout after the old one: the newer records come last
                entries.putAll(RosterShelfCodec.read(before));
            }
            data.entries.put(key, RosterShelfCodec.compact(entries));
        });
        data.shelves = new HashMap<>();
        changedOnOpen.add(data);
        changedOnOpen.add(data.entries);
    }

    /**
     * What opening changed and the caller must store (in one commit): the roster moved from the layout before
     * compact shelves, or shelves compacted. Empty when there is nothing to store.
     */
    public Set<Object> changedOnOpen() {
        return Collections.unmodifiableSet(changedOnOpen);
    }

    /**
     * Records that ledger entry {@code seq} changed subject {@code id}, which is now in {@code grid} and was in
     * {@code previousGrid} (null when it was created). Returns the maps that changed, for the caller to store
     * in the registry's commit.
     */
    public Set<Object> changed(long seq, SubjectId id, AreaId previousGrid, AreaId grid) {
        lock.writeLock().lock();
        try {
            Set<Object> dirty = Collections.newSetFromMap(new IdentityHashMap<>());
            append(id, grid.value(), seq, dirty);
            data.changed.computeIfAbsent(grid, g -> new HashMap<>()).put(id, seq);
            remove(data.left, grid, id, dirty);
            if (previousGrid != null && !previousGrid.equals(grid)) {
                HashMap<SubjectId, Long> before = data.changed.get(previousGrid);
                if (before != null) {
                    before.remove(id);
                }
                put(data.left, previousGrid, id, seq, dirty);
            }
            return dirty;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Appends a subject's record to its shelf (an empty grid takes it out), compacting a shelf that doubled. */
    private void append(SubjectId id, String grid, long seq, Set<Object> dirty) {
        String key = id.shelf();
        byte[] shelf = RosterShelfCodec.append(data.entries.get(key), id.value(), grid, seq);
        int[] count = counts.computeIfAbsent(key, k -> new int[2]);
        count[0]++;
        if (count[0] > 2 * count[1] + COMPACT_SLACK) {
            Map<String, RosterShelfCodec.Entry> entries = RosterShelfCodec.read(shelf);
            shelf = RosterShelfCodec.compact(entries);
            count[1] = (int) entries.values().stream().filter(e -> !e.grid().isEmpty()).count();
            count[0] = count[1];
        }
        data.entries.put(key, shelf);
        dirty.add(data.entries);
    }

    /**
     * Records that ledger entry {@code seq} took subject {@code id} out of the registry (a supervisor merged it into
     * another record): it left {@code grid}, so a download tells the device to drop it. Returns what to store.
     */
    public Set<Object> removed(long seq, SubjectId id, AreaId grid) {
        lock.writeLock().lock();
        try {
            Set<Object> dirty = Collections.newSetFromMap(new IdentityHashMap<>());
            append(id, "", seq, dirty);
            HashMap<SubjectId, Long> changed = data.changed.get(grid);
            if (changed != null) {
                changed.remove(id);
            }
            put(data.left, grid, id, seq, dirty);
            return dirty;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private static void put(Map<AreaId, HashMap<SubjectId, Long>> maps, AreaId grid, SubjectId id, long seq,
                            Set<Object> dirty) {
        HashMap<SubjectId, Long> map = maps.get(grid);
        if (map == null) {
            map = new HashMap<>();
            maps.put(grid, map);
            dirty.add(maps);
        }
        map.put(id, seq);
        dirty.add(map);
    }

    private static void remove(Map<AreaId, HashMap<SubjectId, Long>> maps, AreaId grid, SubjectId id, Set<Object> dirty) {
        HashMap<SubjectId, Long> map = maps.get(grid);
        if (map != null && map.remove(id) != null) {
            dirty.add(map);
        }
    }

    /** Subjects in {@code grid} whose record changed after {@code seq}, with the sequence of their last change. */
    public Map<SubjectId, Long> changedAfter(AreaId grid, long seq) {
        return after(data.changed, grid, seq);
    }

    /** Subjects that left {@code grid} after {@code seq}, with the sequence at which they left. */
    public Map<SubjectId, Long> leftAfter(AreaId grid, long seq) {
        return after(data.left, grid, seq);
    }

    /** The sequence of the last change of a subject in a grid; 0 when it never changed there (a baseline record). */
    public long lastChange(AreaId grid, SubjectId id) {
        lock.readLock().lock();
        try {
            HashMap<SubjectId, Long> map = data.changed.get(grid);
            Long seq = map == null ? null : map.get(id);
            return seq == null ? 0 : seq;
        } finally {
            lock.readLock().unlock();
        }
    }

    private Map<SubjectId, Long> after(Map<AreaId, HashMap<SubjectId, Long>> maps, AreaId grid, long seq) {
        lock.readLock().lock();
        try {
            Map<SubjectId, Long> found = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
            maps.getOrDefault(grid, new HashMap<>()).forEach((id, at) -> {
                if (at > seq) {
                    found.put(id, at);
                }
            });
            return found;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Everything the log holds, in a comparable form: for rebuild comparisons. */
    public Map<String, Map<String, Long>> snapshot() {
        lock.readLock().lock();
        try {
            Map<String, Map<String, Long>> all = new TreeMap<>();
            data.changed.forEach((grid, map) -> map.forEach((id, seq) ->
                    all.computeIfAbsent("changed " + grid.value(), g -> new TreeMap<>()).put(id.value(), seq)));
            data.left.forEach((grid, map) -> map.forEach((id, seq) ->
                    all.computeIfAbsent("left " + grid.value(), g -> new TreeMap<>()).put(id.value(), seq)));
            return all;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Replaces everything with what {@code source} holds (a rebuild); returns what to store. */
    public Set<Object> replaceWith(RosterLog source) {
        source.lock.readLock().lock();
        lock.writeLock().lock();
        try {
            data.entries = new HashMap<>(source.data.entries);
            counts.clear();
            source.counts.forEach((key, count) -> counts.put(key, count.clone()));
            data.changed = new HashMap<>();
            source.data.changed.forEach((grid, map) -> data.changed.put(grid, new HashMap<>(map)));
            data.left.clear();
            source.data.left.forEach((grid, map) -> data.left.put(grid, new HashMap<>(map)));
            Set<Object> dirty = Collections.newSetFromMap(new IdentityHashMap<>());
            dirty.add(data);
            dirty.add(data.entries);
            dirty.add(data.left);
            dirty.addAll(data.left.values());
            return dirty;
        } finally {
            lock.writeLock().unlock();
            source.lock.readLock().unlock();
        }
    }
}
