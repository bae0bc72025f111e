package org.oneform.app.intake;

import java.util.Collection;
import java.util.Optional;

import org.oneform.sync.registry.GoldenRecord;

/**
 * Gives the records a registry was seeded with before any ledger entry, by the baseline's name (e.g.
 * {@code demo-city:seed=20261122}), so a rebuild can start where the live registry started.
 */
public interface BaselineSource {

    /** The baseline's records, or empty when this source does not know the name. */
    Optional<Collection<GoldenRecord>> records(String baselineName);
}
