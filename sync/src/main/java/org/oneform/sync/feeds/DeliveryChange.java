package org.oneform.sync.feeds;

/** What a delivery tells a department about one of its subjects. */
public enum DeliveryChange {
    /** A subject new to the department: new to the registry, or newly inside its population filter. */
    CREATED,
    /** Subscribed fields of a subject it has changed. */
    UPDATED,
    /** A sighting was merged into a subject it has (its values may have changed). */
    MERGED,
    /** A merge was undone; the department's copy of the subject must be replaced by this one. */
    SPLIT,
    /** The subject left the department's population: delete it (the payload holds no fields). */
    REMOVED
}
