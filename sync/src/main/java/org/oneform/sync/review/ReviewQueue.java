package org.oneform.sync.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.oneform.sync.area.AreaId;
import org.oneform.sync.intake.EntryKind;
import org.oneform.sync.intake.LedgerEntry;

/**
 * The review queue. The apply loop adds items and marks them decided ({@link #apply}, from the ledger's review
 * decisions) and stores the returned objects in its own registry commit; decided items stay, readable for history.
 * Readers (supervisor screens) never block each other. See {@code docs/decisions/0011-review-decisions-in-the-ledger.md}.
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

    /**
     * Marks the items named by a step's review decisions as decided (an item decided already keeps its first
     * decision; the ledger's unique id keeps a second from being written). Returns the objects that changed.
     */
    public Set<Object> apply(List<LedgerEntry> entries) {
        lock.writeLock().lock();
        try {
            Set<Object> dirty = Collections.newSetFromMap(new IdentityHashMap<>());
            for (LedgerEntry entry : entries) {
                if (entry.kind() != EntryKind.REVIEW_DECISION || entry.reviewItem() == null) {
                    continue;
                }
                ArrayList<ReviewItem> list = data.byGrid.get(entry.grid());
                if (list == null) {
                    continue;
                }
                for (int i = 0; i < list.size(); i++) {
                    ReviewItem item = list.get(i);
                    if (item.id().equals(entry.reviewItem()) && item.open()) {
                        list.set(i, item.resolvedWith(new Resolution(ReviewDecision.valueOf(entry.decision()),
                                entry.username(), entry.receivedAt(), entry.seq(), entry.note())));
                        dirty.add(list);
                    }
                }
            }
            return dirty;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The open items inside an area (grid, community, street, district), oldest first. */
    public List<ReviewItem> open(AreaId scope) {
        return select(scope, ReviewItem::open);
    }

    /** The decided items inside an area, the latest decision first (history). */
    public List<ReviewItem> decided(AreaId scope) {
        List<ReviewItem> items = select(scope, item -> !item.open());
        items.sort(Comparator.comparingLong((ReviewItem item) -> item.resolution().seq()).reversed());
        return items;
    }

    /** The item with this id, open or decided. */
    public Optional<ReviewItem> find(String itemId) {
        lock.readLock().lock();
        try {
            return data.byGrid.values().stream().flatMap(List::stream).filter(item -> item.id().equals(itemId)).findFirst();
        } finally {
            lock.readLock().unlock();
        }
    }

    private List<ReviewItem> select(AreaId scope, java.util.function.Predicate<ReviewItem> which) {
        lock.readLock().lock();
        try {
            List<ReviewItem> items = new ArrayList<>();
            data.byGrid.forEach((grid, list) -> {
                if (grid.isWithin(scope)) {
                    list.stream().filter(which).forEach(items::add);
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

    /** Every item, open or decided, oldest first (for rebuild comparisons). */
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
