package org.oneform.sync.dedup;

/**
 * The engine's knobs. Scores are log2 likelihood ratios (bits of evidence that two records are one
 * person): at or above {@code upper} a merge, at or above {@code lower} a review, below a new cluster.
 *
 * @param upper      the merge threshold
 * @param lower      the review threshold, at most {@code upper}
 * @param candidates how many candidate records the blocking index returns per probe (top-k)
 * @param hashKey    the key of the keyed hash under which ID and phone blocking terms are indexed
 */
public record DedupConfig(double upper, double lower, int candidates, String hashKey) {

    /** Tuned on the generator's dev splits (see {@code docs/decisions/0006-dedup-scoring.md}). */
    public static final DedupConfig DEFAULTS = new DedupConfig(16, 10, 24, "oneform-dedup");

    public DedupConfig {
        if (lower > upper) {
            throw new IllegalArgumentException("lower threshold above upper: " + lower + " > " + upper);
        }
        if (candidates < 1) {
            throw new IllegalArgumentException("candidates must be positive: " + candidates);
        }
        if (hashKey == null || hashKey.isEmpty()) {
            throw new IllegalArgumentException("hashKey must not be empty");
        }
    }

    public DedupConfig withThresholds(double newUpper, double newLower) {
        return new DedupConfig(newUpper, newLower, candidates, hashKey);
    }
}
