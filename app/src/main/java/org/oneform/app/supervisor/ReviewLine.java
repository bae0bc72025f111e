package org.oneform.app.supervisor;

import java.time.Instant;
import java.util.UUID;

import org.oneform.sync.review.ReviewKind;

/**
 * One open review item as the review screen shows it, identifiers already masked on the server.
 *
 * @param itemId       the review item
 * @param kind         why it waits
 * @param gridName     the grid's name
 * @param worker       who sent the submission that raised it (display name)
 * @param submissionId that submission (what "return to the worker" returns)
 * @param subject      the record concerned
 * @param other        for a possible duplicate: the existing record it may be, else null
 * @param fieldLabel   for a field conflict: the field's label, else null
 * @param current      for a field conflict: the value that stands (masked when it is an ID number or phone)
 * @param proposed     for a field conflict: the value held back (masked the same way)
 * @param score        for a possible duplicate: dedup's score
 * @param note         the queue's explanation (English, for a tooltip)
 * @param raisedAt     when the submission arrived
 * @param returned     whether the submission is returned to its worker and not yet resubmitted
 * @param resubmits    for a resubmission: the return it answers (what was returned, why, by whom), else null
 */
public record ReviewLine(String itemId, ReviewKind kind, String gridName, String worker, UUID submissionId,
                         Party subject, Party other, String fieldLabel, String current, String proposed, double score,
                         String note, Instant raisedAt, boolean returned, Answered resubmits) {

    /**
     * The return a resubmission answers.
     *
     * @param returnedSubmission the submission that was returned (the resubmission supersedes it)
     * @param comment            the supervisor's comment on the return
     * @param by                 who returned it (display name)
     * @param at                 when it was returned
     */
    public record Answered(UUID returnedSubmission, String comment, String by, Instant at) {
    }

    /**
     * A record as the screen shows it side by side.
     *
     * @param id       its registry id
     * @param label    name (resident), address (household) or name and address (place)
     * @param idNumber masked ID number, or empty
     * @param phone    masked phone, or empty
     * @param extra    gender and birth date of a resident, or empty
     */
    public record Party(String id, String label, String idNumber, String phone, String extra) {
    }
}
