package org.oneform.sync.dedup.score;

import java.util.HashMap;
import java.util.Map;

import org.oneform.sync.dedup.ClusterId;

/**
 * How many distinct clusters hold a value (a name, a phone, a dwelling), learned from the records
 * added and forgotten on removal. Counting clusters rather than records keeps one person's duplicates
 * from making their own name look common. Not thread-safe: the engine's single writer owns it.
 */
public final class ValueFrequencies {

    /** Weight, in clusters, of the prior share: with few records seen, a value is assumed {@code prior}-rare. */
    private static final double PRIOR_CLUSTERS = 1000;

    private final Map<String, Map<ClusterId, Integer>> byValue = new HashMap<>();
    private final double prior;

    /** @param prior the share a value is assumed to have before any record is seen (e.g. 1e-4) */
    public ValueFrequencies(double prior) {
        this.prior = prior;
    }

    public void add(String value, ClusterId cluster) {
        if (value != null && !value.isEmpty()) {
            byValue.computeIfAbsent(value, v -> new HashMap<>(2)).merge(cluster, 1, Integer::sum);
        }
    }

    public void remove(String value, ClusterId cluster) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Map<ClusterId, Integer> clusters = byValue.get(value);
        if (clusters != null && clusters.computeIfPresent(cluster, (c, n) -> n == 1 ? null : n - 1) == null
                && clusters.isEmpty()) {
            byValue.remove(value);
        }
    }

    public int clusters(String value) {
        Map<ClusterId, Integer> clusters = byValue.get(value);
        return clusters == null ? 0 : clusters.size();
    }

    /**
     * The estimated share of persons holding the value, in a population of {@code population}
     * clusters: (clusters holding it + the prior's weight) / (population + the prior's size).
     */
    public double share(String value, int population) {
        return (clusters(value) + PRIOR_CLUSTERS * prior) / (population + PRIOR_CLUSTERS);
    }
}
