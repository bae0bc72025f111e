package org.oneform.sync.intake;

/** What a ledger entry records. */
public enum EntryKind {
    /** A filled form from a device. */
    SUBMISSION,
    /**
     * Undo of a merge: the submission named in {@code supersedes} is taken out of the record it was merged
     * into (its values there go back to what they were) and becomes a record of its own.
     */
    SPLIT;

    String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static EntryKind ofKey(String key) {
        return valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }
}
