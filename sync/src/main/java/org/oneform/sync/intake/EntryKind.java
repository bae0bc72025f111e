package org.oneform.sync.intake;

/** What a ledger entry records. */
public enum EntryKind {
    /** A filled form from a device. */
    SUBMISSION,
    /**
     * Undo of a merge: the submission named in {@code supersedes} is taken out of the record it was merged
     * into (its values there go back to what they were) and becomes a record of its own.
     */
    SPLIT,
    /**
     * A supervisor returns the submission named in {@code supersedes} to its worker, with the comment in
     * {@link LedgerEntry#note()}. It changes no record; the returns projection ({@code sync.review.Returns})
     * lists it until a later submission supersedes the returned one. See {@code docs/decisions/0012-collector-download.md}.
     */
    RETURN,
    /**
     * A supervisor withdraws the open return of the submission named in {@code supersedes} (the worker need not
     * resubmit). It changes no record; the returns projection resolves the return.
     */
    RETURN_WITHDRAWN,
    /**
     * A supervisor decided a review item ({@link LedgerEntry#reviewItem()}, {@link LedgerEntry#decision()}); the
     * item's submission is in {@code supersedes}. Choosing a conflict's proposed value carries it in {@code values},
     * which the apply loop sets with the decision's provenance. See {@code docs/decisions/0011-review-decisions-in-the-ledger.md}.
     */
    REVIEW_DECISION;

    String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static EntryKind ofKey(String key) {
        return valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }
}
