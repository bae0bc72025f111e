package org.oneform.sync.area;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.eclipse.serializer.persistence.types.Persister;

/** Queries and changes of the area tree. Thread-safe; reads are cheap (the tree has hundreds of nodes). */
public final class Areas {

    private final AreaTree tree;
    private final Persister persister;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    public Areas(AreaTree tree, Persister persister) {
        this.tree = tree;
        this.persister = persister;
    }

    /** Adds or replaces areas (parents before children) and stores the tree once. */
    public void saveAll(Collection<Area> areas) {
        lock.writeLock().lock();
        try {
            for (Area area : areas) {
                if (area.parent() != null && !tree.byId.containsKey(area.parent())) {
                    throw new IllegalArgumentException("parent " + area.parent() + " of " + area.id() + " is unknown");
                }
                tree.byId.put(area.id(), area);
            }
            persister.store(tree.byId);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public Optional<Area> find(AreaId id) {
        lock.readLock().lock();
        try {
            return Optional.ofNullable(tree.byId.get(id));
        } finally {
            lock.readLock().unlock();
        }
    }

    public Area get(AreaId id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown area " + id));
    }

    public boolean isEmpty() {
        lock.readLock().lock();
        try {
            return tree.byId.isEmpty();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** All areas of a level, ordered by id. */
    public List<Area> ofLevel(AreaLevel level) {
        return select(a -> a.level() == level);
    }

    /** Direct children of an area, ordered by id. */
    public List<Area> children(AreaId parent) {
        return select(a -> parent.equals(a.parent()));
    }

    /** Areas of a level inside the given area (itself included when it is of that level), ordered by id. */
    public List<Area> within(AreaId scope, AreaLevel level) {
        return select(a -> a.level() == level && a.id().isWithin(scope));
    }

    /** The path from the district down to the area, e.g. 西湖区 › 翠苑街道 › 翠苑一区社区 › 第3网格. */
    public List<Area> path(AreaId id) {
        lock.readLock().lock();
        try {
            var path = new java.util.ArrayList<Area>();
            for (Area a = tree.byId.get(id); a != null; a = a.parent() == null ? null : tree.byId.get(a.parent())) {
                path.addFirst(a);
            }
            return List.copyOf(path);
        } finally {
            lock.readLock().unlock();
        }
    }

    private List<Area> select(java.util.function.Predicate<Area> filter) {
        lock.readLock().lock();
        try {
            return tree.byId.values().stream().filter(filter).sorted(Comparator.comparing(a -> a.id().value())).toList();
        } finally {
            lock.readLock().unlock();
        }
    }
}
