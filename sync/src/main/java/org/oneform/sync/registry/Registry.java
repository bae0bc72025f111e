package org.oneform.sync.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.eclipse.serializer.persistence.types.Persister;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.AreaId;

/**
 * The registry of golden records. One writer at a time (the apply loop, or the baseline seeding);
 * readers never block each other. Every change stores only the grid maps it touched, the id index
 * and the registry's counters, together.
 */
public final class Registry {

    private final RegistryData data;
    private final Persister persister;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    public Registry(RegistryData data, Persister persister) {
        this.data = data;
        this.persister = persister;
    }

    /**
     * Puts records (new or replacing ones with the same id) and stores the touched grids. A record
     * that moves to another grid leaves its old one.
     */
    public void putAll(Collection<GoldenRecord> records) {
        lock.writeLock().lock();
        try {
            Set<Object> dirty = new HashSet<>();
            for (GoldenRecord record : records) {
                AreaId previous = data.gridOf.put(record.id(), record.grid());
                if (previous != null && !previous.equals(record.grid())) {
                    HashMap<SubjectId, GoldenRecord> old = data.grids.get(previous);
                    old.remove(record.id());
                    dirty.add(old);
                }
                HashMap<SubjectId, GoldenRecord> grid = data.grids.get(record.grid());
                if (grid == null) {
                    grid = new HashMap<>();
                    data.grids.put(record.grid(), grid);
                    dirty.add(data.grids);
                }
                grid.put(record.id(), record);
                dirty.add(grid);
            }
            dirty.add(data.gridOf);
            persister.storeAll(dirty.toArray());
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Records the baseline the registry was seeded from. */
    public void markBaseline(String baseline) {
        lock.writeLock().lock();
        try {
            data.baseline = baseline;
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
            return grid == null ? Optional.empty() : Optional.ofNullable(data.grids.get(grid).get(id));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The records of a type in one grid, ordered by id. */
    public List<GoldenRecord> inGrid(AreaId grid, SubjectType type) {
        lock.readLock().lock();
        try {
            var records = data.grids.getOrDefault(grid, new HashMap<>()).values();
            return records.stream().filter(r -> r.type() == type).sorted(Comparator.comparing(r -> r.id().value())).toList();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Every record, grid by grid; for index rebuilds. */
    public List<GoldenRecord> all() {
        lock.readLock().lock();
        try {
            var all = new ArrayList<GoldenRecord>(data.gridOf.size());
            data.grids.values().forEach(g -> all.addAll(g.values()));
            return all;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Counts by subject type of the records inside an area (a grid, community, street or district). */
    public Map<SubjectType, Integer> counts(AreaId scope) {
        lock.readLock().lock();
        try {
            Map<SubjectType, Integer> counts = new EnumMap<>(SubjectType.class);
            for (SubjectType type : SubjectType.values()) {
                counts.put(type, 0);
            }
            data.grids.forEach((grid, records) -> {
                if (grid.isWithin(scope)) {
                    records.values().forEach(r -> counts.merge(r.type(), 1, Integer::sum));
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
