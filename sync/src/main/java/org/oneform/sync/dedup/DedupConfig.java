package org.oneform.sync.dedup;

/**
 * The engine's knobs. Scores are log2 likelihood ratios (bits of evidence that two records are one
 * person): at or above {@code upper} a merge, at or above {@code lower} a review, below a new cluster.
 *
 * @param upper      the merge threshold
 * @param lower      the review threshold, at most {@code upper}
 * @param candidates how many candidate records the blocking index returns per probe (top-k)
 * @param hashKey    the key of the keyed hash under which ID and phone blocking terms are indexed
 * @param population the number of clusters the thresholds are meant for; with more, both thresholds
 *                   rise by {@code log2(clusters / population)}: the prior odds that a probe is one
 *                   particular person fall as the registry grows, and pair weights do not see that
 */
public record DedupConfig(double upper, double lower, int candidates, String hashKey, int population) {

    /** Tuned on the generator's dev splits of 10,000 persons (see {@code docs/decisions/0006-dedup-scoring.md}). */
    public static final DedupConfig DEFAULTS = new DedupConfig(16, 10, 24, "oneform-dedup", 10_000);

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
        if (population < 1) {
            throw new IllegalArgumentException("population must be positive: " + population);
        }
    }

    public DedupConfig withThresholds(double newUpper, double newLower) {
        return new DedupConfig(newUpper, newLower, candidates, hashKey, population);
    }

    /** How far both thresholds rise with {@code clusters} held: 0 up to {@link #population()}. */
    public double thresholdShift(int clusters) {
        return clusters <= population ? 0 : Math.log((double) clusters / population) / Math.log(2);
    }
}
