package org.oneform.sync.review;

/**
 * What a supervisor may decide on a review item, by its kind. Merging two records that may be the same person is
 * not offered yet: it must take a record out of the registry's shelves and views, the dedup matcher and the search
 * index together. Deferring is leaving the item open. See {@code docs/decisions/0011-review-decisions-in-the-ledger.md}.
 */
public enum ReviewDecision {
    /** A field conflict: the held-back proposed value replaces the one that stands, with the decision's provenance. */
    CHOOSE_PROPOSED(ReviewKind.FIELD_CONFLICT),
    /** A field conflict: the value that stands is right; the proposed one is dropped. */
    KEEP_CURRENT(ReviewKind.FIELD_CONFLICT),
    /** A possible duplicate: the two records are different people; both stay. */
    NOT_SAME_PERSON(ReviewKind.POSSIBLE_DUPLICATE),
    /** A validation warning was looked at. */
    ACKNOWLEDGED(ReviewKind.VALIDATION_WARNING);

    private final ReviewKind kind;

    ReviewDecision(ReviewKind kind) {
        this.kind = kind;
    }

    /** The kind of item this decides. */
    public ReviewKind kind() {
        return kind;
    }
}
