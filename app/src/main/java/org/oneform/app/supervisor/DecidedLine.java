package org.oneform.app.supervisor;

import java.time.Instant;

import org.oneform.sync.review.ReviewDecision;
import org.oneform.sync.review.ReviewKind;

/**
 * A decided review item, for the review screen's history.
 *
 * @param itemId   the item
 * @param kind     why it waited
 * @param subject  the record's label (name or address; never an ID number or phone)
 * @param decision what was decided
 * @param by       who decided (display name)
 * @param at       when
 * @param undoable a merge whose record still holds the merged submission: "undo the merge" splits it out again
 */
public record DecidedLine(String itemId, ReviewKind kind, String subject, ReviewDecision decision, String by, Instant at,
                          boolean undoable) {
}
