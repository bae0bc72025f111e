package org.oneform.sync;

import org.oneform.sync.area.AreaTree;
import org.oneform.sync.registry.RegistryData;
import org.oneform.sync.review.ReturnsData;
import org.oneform.sync.review.ReviewData;
import org.oneform.sync.roster.RosterLogData;

/**
 * The sync module's root object in Eclipse Store. Each part is stored on its own by the service that
 * owns it, under that service's lock. The class and its package are persisted: moving it needs an
 * Eclipse Store type mapping.
 */
public final class SyncRoot {

    private final AreaTree areas = new AreaTree();
    private final RegistryData registry = new RegistryData();
    /** Null in a store written before the review queue existed; {@link #review()} then makes one. */
    private ReviewData review = new ReviewData();
    /** Null in a store written before returns existed; {@link #returns()} then makes one. */
    private ReturnsData returns = new ReturnsData();
    /** Null in a store written before the roster log existed; {@link #roster()} then makes one. */
    private RosterLogData roster = new RosterLogData();

    public AreaTree areas() {
        return areas;
    }

    public RegistryData registry() {
        return registry;
    }

    /** The review queue's data; the caller stores this root once when it was just created. */
    public synchronized ReviewData review() {
        if (review == null) {
            review = new ReviewData();
        }
        return review;
    }

    /** The returns projection's data; the caller stores this root once when it was just created. */
    public synchronized ReturnsData returns() {
        if (returns == null) {
            returns = new ReturnsData();
        }
        return returns;
    }

    /** The roster log's data; the caller stores this root once when it was just created. */
    public synchronized RosterLogData roster() {
        if (roster == null) {
            roster = new RosterLogData();
        }
        return roster;
    }
}
