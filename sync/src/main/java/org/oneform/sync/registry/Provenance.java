package org.oneform.sync.registry;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a field value came from.
 *
 * @param source      the submission id, or {@code baseline:<name>} for the seeded registry
 * @param collectedBy the grid worker's user name (or {@code system})
 * @param collectedAt when the value was collected, as the server recorded it
 * @param ledgerSeq   the intake ledger sequence that applied it; 0 for the baseline
 * @param formVersion the form version the value was captured with; 0 for the baseline
 */
public record Provenance(String source, String collectedBy, Instant collectedAt, long ledgerSeq, int formVersion) {

    public Provenance {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(collectedBy, "collectedBy");
        Objects.requireNonNull(collectedAt, "collectedAt");
        collectedBy = collectedBy.intern(); // a few hundred workers, each named on every value they collect
    }
}
