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

/**
 * Which subjects of a grid changed, and which left it, after a ledger sequence. Written only by the apply
 * loop (one writer), read by downloads (readers never block each other). See the package documentation.
 */
public final class RosterLog {

    private final RosterLogData data;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    public RosterLog(RosterLogData data) {
        this.data = data;
        if (data.shelves == null) {
            data.shelves = new HashMap<>();
        }
        data.changed = new HashMap<>();
        data.shelves.values().forEach(shelf -> shelf.forEach((id, entry) ->
                data.changed.computeIfAbsent(entry.grid(), g -> new HashMap<>()).put(id, entry.seq())));
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
            String key = id.shelf();
            HashMap<SubjectId, RosterEntry> shelf = data.shelves.get(key);
            if (shelf == null) {
                shelf = new HashMap<>();
                data.shelves.put(key, shelf);
                dirty.add(data.shelves);
            }
            shelf.put(id, new RosterEntry(grid, seq));
            dirty.add(shelf);
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

    /**
     * Records that ledger entry {@code seq} took subject {@code id} out of the registry (a supervisor merged it into
     * another record): it left {@code grid}, so a download tells the device to drop it. Returns what to store.
     */
    public Set<Object> removed(long seq, SubjectId id, AreaId grid) {
        lock.writeLock().lock();
        try {
            Set<Object> dirty = Collections.newSetFromMap(new IdentityHashMap<>());
            HashMap<SubjectId, RosterEntry> shelf = data.shelves.get(id.shelf());
            if (shelf != null && shelf.remove(id) != null) {
                dirty.add(shelf);
            }
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
            data.shelves = new HashMap<>();
            source.data.shelves.forEach((shelf, map) -> data.shelves.put(shelf, new HashMap<>(map)));
            data.changed = new HashMap<>();
            source.data.changed.forEach((grid, map) -> data.changed.put(grid, new HashMap<>(map)));
            data.left.clear();
            source.data.left.forEach((grid, map) -> data.left.put(grid, new HashMap<>(map)));
            Set<Object> dirty = Collections.newSetFromMap(new IdentityHashMap<>());
            dirty.add(data);
            dirty.addAll(data.shelves.values());
            dirty.add(data.left);
            dirty.addAll(data.left.values());
            return dirty;
        } finally {
            lock.writeLock().unlock();
            source.lock.readLock().unlock();
        }
    }
}
