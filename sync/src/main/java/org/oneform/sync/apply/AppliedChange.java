package org.oneform.sync.apply;

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
 * @param username     the grid worker who collected it
 * @param record       the golden record after the change
 * @param created      whether the record was created by this submission
 * @param changed      fields whose value changed
 * @param confirmed    fields collected again unchanged
 */
public record AppliedChange(long seq, UUID submissionId, String username, GoldenRecord record, boolean created,
                            Set<String> changed, Set<String> confirmed) {

    public AppliedChange {
        Objects.requireNonNull(submissionId, "submissionId");
        Objects.requireNonNull(record, "record");
        changed = Set.copyOf(changed);
        confirmed = Set.copyOf(confirmed);
    }
}
