package org.oneform.sync.apply;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.oneform.sync.registry.GoldenRecord;

/**
 * One ledger entry as applied: what a department feed needs to decide who gets what.
 *
 * @param seq          the ledger sequence
 * @param submissionId the submission (for a split: the split's id, for both records it changes); with the
 *                     subject and a department, the idempotency key of a delivery
 * @param username     the grid worker who collected it (for a split: who decided it)
 * @param at           when the ledger received the entry: the date population filters are evaluated on, so a
 *                     replay decides the same
 * @param type         what happened to the record
 * @param previous     the record before the change, or null when it was created
 * @param record       the golden record after the change
 * @param changed      fields whose value changed (or appeared, or for a split went back)
 * @param confirmed    fields collected again unchanged
 */
public record AppliedChange(long seq, UUID submissionId, String username, Instant at, ChangeType type,
                            GoldenRecord previous, GoldenRecord record, Set<String> changed, Set<String> confirmed) {

    public AppliedChange {
        Objects.requireNonNull(submissionId, "submissionId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(record, "record");
        changed = Set.copyOf(changed);
        confirmed = Set.copyOf(confirmed);
    }

    /** Whether the record was created by this entry. */
    public boolean created() {
        return previous == null;
    }
}
