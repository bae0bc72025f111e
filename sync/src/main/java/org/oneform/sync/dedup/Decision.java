package org.oneform.sync.dedup;

import java.util.List;
import java.util.Optional;

/**
 * What the engine advises for a probe record.
 *
 * @param kind        merge, review or new
 * @param cluster     the best candidate cluster; empty only when there was none
 * @param score       the total log2 likelihood ratio against that cluster's best record
 *                    ({@link Double#NEGATIVE_INFINITY} when there was no candidate)
 * @param basis       why: the deterministic valid-ID rule or the probabilistic score
 * @param explanation one entry per compared field, in a fixed order
 */
public record Decision(Kind kind, Optional<ClusterId> cluster, double score, Basis basis, List<FieldScore> explanation) {

    public enum Kind {
        /** Above the upper threshold, or the same valid ID: add the probe to {@link #cluster()}. */
        MERGE,
        /** Between the thresholds: a person should decide; until then the probe stands alone. */
        REVIEW,
        /** Below the lower threshold: a new cluster. */
        NEW
    }

    public enum Basis {
        /** The probe's valid ID number equals one in the cluster (DESIGN.md §7): a match whatever the score. */
        VALID_ID,
        /** The Fellegi–Sunter score against the thresholds. */
        SCORE,
        /** No candidate to compare with. */
        NO_CANDIDATE
    }

    public Decision {
        explanation = List.copyOf(explanation);
    }
}
