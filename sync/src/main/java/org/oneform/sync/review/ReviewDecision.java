package org.oneform.sync.review;

import java.util.List;

/**
 * What a supervisor may decide on a review item, by its kind. Deferring is leaving the item open. See {@code
 * docs/decisions/0011-review-decisions-in-the-ledger.md} and, for {@link #MERGE}, {@code
 * docs/decisions/0028-merging-a-reviewed-duplicate.md}.
 */
public enum ReviewDecision {
    /** A field conflict: the held-back proposed value replaces the one that stands, with the decision's provenance. */
    CHOOSE_PROPOSED(ReviewKind.FIELD_CONFLICT),
    /** A field conflict: the value that stands is right; the proposed one is dropped. */
    KEEP_CURRENT(ReviewKind.FIELD_CONFLICT),
    /** A possible duplicate: the two records are different people; both stay. */
    NOT_SAME_PERSON(ReviewKind.POSSIBLE_DUPLICATE),
    /**
     * A possible duplicate: the two records are one person. The existing record absorbs the new one (per field the
     * value with the later ledger sequence stands, the other goes to history) and the new one leaves the registry;
     * a split of the submission that raised the item undoes it.
     */
    MERGE(ReviewKind.POSSIBLE_DUPLICATE),
    /** A validation warning was looked at (kept for decisions written before {@link #APPROVED}). */
    ACKNOWLEDGED(ReviewKind.VALIDATION_WARNING),
    /** A flagged submission (a validation warning, or the resubmission of a returned one) is right as it is. */
    APPROVED(ReviewKind.VALIDATION_WARNING, ReviewKind.RESUBMISSION);

    private final List<ReviewKind> kinds;

    ReviewDecision(ReviewKind... kinds) {
        this.kinds = List.of(kinds);
    }

    /** Whether this decides an item of that kind. */
    public boolean decides(ReviewKind kind) {
        return kinds.contains(kind);
    }
}
