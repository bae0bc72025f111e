package org.oneform.sync.review;

import java.time.Instant;
import java.util.Objects;

/**
 * How a review item was decided.
 *
 * @param decision what was decided
 * @param by       the supervisor
 * @param at       when the ledger received the decision
 * @param seq      the decision's ledger sequence
 * @param comment  the supervisor's comment (may be empty)
 */
public record Resolution(ReviewDecision decision, String by, Instant at, long seq, String comment) {

    public Resolution {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        comment = comment == null ? "" : comment;
    }
}
