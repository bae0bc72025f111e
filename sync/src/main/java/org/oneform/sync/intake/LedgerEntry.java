package org.oneform.sync.intake;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.SubjectId;

/**
 * One row of the intake ledger, as the apply loop reads it.
 *
 * @param seq         the receipt sequence; the only order the server trusts
 * @param kind        a submission, or an operation such as a split
 * @param id          the submission (or operation) id
 * @param subjectType what the form was about
 * @param subjectId   the golden record named by the device, or null
 * @param grid        the grid it was collected in
 * @param formVersion the form version it was validated against
 * @param supersedes  the submission it edits (for a split: the submission taken out), or null
 * @param username    the grid worker
 * @param deviceId    the device
 * @param contentHash SHA-256 of the canonical payload
 * @param values      the validated values, canonical text per field id
 * @param baseSeqs    the base sequence per field the worker edited from
 * @param receivedAt  when the server received it
 * @param note        a decision's text (a return's comment), or null
 * @param reviewItem  for a review decision: the item decided, else null
 * @param decision    for a review decision: what was decided ({@code sync.review.ReviewDecision} by name), else null
 */
public record LedgerEntry(long seq, EntryKind kind, UUID id, SubjectType subjectType, SubjectId subjectId, AreaId grid, int formVersion,
                          UUID supersedes, String username, String deviceId, String contentHash,
                          Map<String, String> values, Map<String, Long> baseSeqs, Instant receivedAt,
                          String note, String reviewItem, String decision) {

    public LedgerEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(grid, "grid");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        baseSeqs = Collections.unmodifiableMap(new LinkedHashMap<>(baseSeqs));
    }

    /** An entry that is not a review decision. */
    public LedgerEntry(long seq, EntryKind kind, UUID id, SubjectType subjectType, SubjectId subjectId, AreaId grid,
                       int formVersion, UUID supersedes, String username, String deviceId, String contentHash,
                       Map<String, String> values, Map<String, Long> baseSeqs, Instant receivedAt, String note) {
        this(seq, kind, id, subjectType, subjectId, grid, formVersion, supersedes, username, deviceId, contentHash, values,
                baseSeqs, receivedAt, note, null, null);
    }

    /** An entry without a note (a submission, a split). */
    public LedgerEntry(long seq, EntryKind kind, UUID id, SubjectType subjectType, SubjectId subjectId, AreaId grid,
                       int formVersion, UUID supersedes, String username, String deviceId, String contentHash,
                       Map<String, String> values, Map<String, Long> baseSeqs, Instant receivedAt) {
        this(seq, kind, id, subjectType, subjectId, grid, formVersion, supersedes, username, deviceId, contentHash, values,
                baseSeqs, receivedAt, null, null, null);
    }
}
