package org.oneform.sync.review;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.SubjectId;

/**
 * One thing for a supervisor to decide.
 *
 * @param id            stable id: {@code <seq>-<n>}, the n-th item raised by ledger sequence seq; {@code <seq>-r} for
 *                      the resubmission of a returned submission
 * @param kind          why it is here
 * @param grid          the grid of the subject (the supervisor of its street sees it)
 * @param subjectId     the golden record concerned
 * @param otherSubject  for a possible duplicate: the existing record it may be; else null
 * @param submissionId  the submission that raised it
 * @param seq           that submission's ledger sequence
 * @param fieldId       for a field conflict: the field; else null
 * @param current       for a field conflict: the value that stands; else null
 * @param proposed      for a field conflict: the value that was held back; else null
 * @param score         for a possible duplicate: dedup's score; else 0
 * @param note          a short explanation in English for logs (screens build their own text from the fields)
 * @param raisedAt      when the ledger received the submission
 * @param resolution    how a supervisor decided it, or null while it is open
 */
public record ReviewItem(String id, ReviewKind kind, AreaId grid, SubjectId subjectId, SubjectId otherSubject,
                         UUID submissionId, long seq, String fieldId, String current, String proposed, double score,
                         String note, Instant raisedAt, Resolution resolution) {

    public ReviewItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(submissionId, "submissionId");
        Objects.requireNonNull(raisedAt, "raisedAt");
    }

    /** An open item, as the apply loop raises it. */
    public ReviewItem(String id, ReviewKind kind, AreaId grid, SubjectId subjectId, SubjectId otherSubject,
                      UUID submissionId, long seq, String fieldId, String current, String proposed, double score,
                      String note, Instant raisedAt) {
        this(id, kind, grid, subjectId, otherSubject, submissionId, seq, fieldId, current, proposed, score, note, raisedAt,
                null);
    }

    /** Whether no one decided it yet. */
    public boolean open() {
        return resolution == null;
    }

    /** This item, decided. */
    public ReviewItem resolvedWith(Resolution how) {
        return new ReviewItem(id, kind, grid, subjectId, otherSubject, submissionId, seq, fieldId, current, proposed, score,
                note, raisedAt, Objects.requireNonNull(how, "how"));
    }
}
