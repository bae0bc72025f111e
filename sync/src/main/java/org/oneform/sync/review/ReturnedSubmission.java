package org.oneform.sync.review;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.SubjectId;

/**
 * A submission a supervisor returned to the grid worker with a comment. Immutable: resolving it makes a new
 * value that replaces this one.
 *
 * @param submissionId the returned submission
 * @param subjectId    the golden record it went to (null if it never reached one)
 * @param subjectType  what it was about
 * @param grid         the grid it was collected in: that grid's worker gets it on their next download
 * @param comment      the supervisor's comment, shown on the tablet
 * @param by           the supervisor
 * @param at           when the ledger received the return
 * @param seq          the return's ledger sequence
 * @param resolvedSeq  the ledger sequence of the submission that superseded it, or of the supervisor's withdrawal;
 *                     0 while open
 * @param resolvedBy   the submission that superseded it; null while open and when withdrawn
 */
public record ReturnedSubmission(UUID submissionId, SubjectId subjectId, SubjectType subjectType, AreaId grid,
                                 String comment, String by, Instant at, long seq, long resolvedSeq, UUID resolvedBy) {

    public ReturnedSubmission {
        Objects.requireNonNull(submissionId, "submissionId");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }

    public boolean open() {
        return resolvedSeq == 0;
    }

    /** Whether the supervisor withdrew it (no resubmission needed). */
    public boolean withdrawn() {
        return resolvedSeq != 0 && resolvedBy == null;
    }

    /** This return, resolved by a later submission that superseded the returned one (or, with null, withdrawn). */
    ReturnedSubmission resolvedBy(UUID resubmission, long resubmissionSeq) {
        return new ReturnedSubmission(submissionId, subjectId, subjectType, grid, comment, by, at, seq, resubmissionSeq,
                resubmission);
    }
}
