package org.oneform.sync.review;

import java.time.Instant;

/**
 * Why a review decision was refused; the message says it in English for logs, screens show their own text by kind
 * (and, for {@link Kind#ALREADY_DECIDED}, who decided and when).
 */
public final class ReviewProblem extends RuntimeException {

    /** What is wrong with the request. */
    public enum Kind {
        /** The queue has no item with that id. */
        UNKNOWN_ITEM,
        /** Someone (this or another supervisor) decided the item already. */
        ALREADY_DECIDED,
        /** The decision does not fit the item's kind (e.g. choosing a value of a possible duplicate). */
        WRONG_DECISION,
        /** The comment is too long, or no supervisor was named. */
        INVALID_COMMENT
    }

    private final Kind kind;
    private final String decidedBy;
    private final Instant decidedAt;

    ReviewProblem(Kind kind, String message) {
        this(kind, message, null, null);
    }

    ReviewProblem(Kind kind, String message, String decidedBy, Instant decidedAt) {
        super(message, null, false, false);
        this.kind = kind;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public Kind kind() {
        return kind;
    }

    /** For {@link Kind#ALREADY_DECIDED}: who decided the item, else null. */
    public String decidedBy() {
        return decidedBy;
    }

    /** For {@link Kind#ALREADY_DECIDED}: when the ledger received that decision, else null. */
    public Instant decidedAt() {
        return decidedAt;
    }
}
