package org.oneform.sync.search;

import java.util.List;

import org.oneform.sync.registry.GoldenRecord;

/**
 * Dedup's blocking terms of a record, which the index keeps in the {@code block} field of the record's
 * document so that dedup's candidates come from this index ({@link RegistryIndex#candidates}). The terms
 * are opaque to the index (dedup makes them and keys its ID and phone terms itself). Must be thread-safe:
 * a rebuild may run on another thread than the apply loop. See
 * {@code docs/decisions/0025-dedup-candidates-from-the-registry-index.md}.
 */
@FunctionalInterface
public interface BlockingTerms {

    /** No blocking terms: records get no {@code block} field. */
    BlockingTerms NONE = record -> List.of();

    /** The record's distinct blocking terms; empty when it has none (households, places). */
    List<String> of(GoldenRecord record);
}
