package org.oneform.sync.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.oneform.sync.area.AreaId;

/**
 * The review queue. The apply loop adds items and stores the returned objects in its own registry
 * commit; readers (supervisor screens) never block each other.
 */
public final class ReviewQueue {

    private final ReviewData data;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    public ReviewQueue(ReviewData data) {
        this.data = data;
    }

    /**
     * Adds items in memory and returns the objects that changed, for the caller to store in the same commit
     * as the registry changes that raised them.
     */
    public Set<Object> add(Collection<ReviewItem> items) {
        lock.writeLock().lock();
        try {
            Set<Object> dirty = Collections.newSetFromMap(new IdentityHashMap<>());
            for (ReviewItem item : items) {
                ArrayList<ReviewItem> list = data.byGrid.get(item.grid());
                if (list == null) {
                    list = new ArrayList<>();
                    data.byGrid.put(item.grid(), list);
                    dirty.add(data.byGrid);
                }
                list.add(item);
                dirty.add(list);
            }
            return dirty;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The open items inside an area (grid, community, street, district), oldest first. */
    public List<ReviewItem> open(AreaId scope) {
        lock.readLock().lock();
        try {
            List<ReviewItem> items = new ArrayList<>();
            data.byGrid.forEach((grid, list) -> {
                if (grid.isWithin(scope)) {
                    items.addAll(list);
                }
            });
            items.sort(Comparator.comparingLong(ReviewItem::seq).thenComparing(ReviewItem::id));
            return items;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Replaces every item with those of {@code source} (a rebuild); returns what to store. */
    public Set<Object> replaceWith(ReviewQueue source) {
        List<ReviewItem> items = source.all();
        lock.writeLock().lock();
        try {
            data.byGrid.clear();
        } finally {
            lock.writeLock().unlock();
        }
        Set<Object> dirty = add(items);
        dirty.add(data.byGrid);
        return dirty;
    }

    /** Every open item, oldest first (for rebuild comparisons). */
    public List<ReviewItem> all() {
        lock.readLock().lock();
        try {
            List<ReviewItem> items = new ArrayList<>();
            data.byGrid.values().forEach(items::addAll);
            items.sort(Comparator.comparingLong(ReviewItem::seq).thenComparing(ReviewItem::id));
            return items;
        } finally {
            lock.readLock().unlock();
        }
    }
}
