package org.oneform.app.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/** Small helpers over a seeded random stream; nothing here reads a clock or an unseeded source. */
final class Chance {

    private Chance() {
    }

    /**
     * An independent stream for one part of the city, so that changing how one part draws does not
     * shift every other part.
     */
    static RandomGenerator stream(long seed, String part) {
        // both halves pass through SplittableRandom's mixer, so neighbouring seeds give unrelated streams
        long mixed = new SplittableRandom(seed).nextLong() ^ new SplittableRandom(part.hashCode()).nextLong();
        return new SplittableRandom(mixed);
    }

    static boolean chance(RandomGenerator random, double probability) {
        return random.nextDouble() < probability;
    }

    /** A uniform integer in {@code [low, high]}, both inclusive. */
    static int between(RandomGenerator random, int low, int high) {
        return low >= high ? low : random.nextInt(low, high + 1);
    }

    static <T> T oneOf(RandomGenerator random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** A shuffled copy (Fisher–Yates). */
    static <T> List<T> shuffled(RandomGenerator random, List<T> items) {
        List<T> copy = new ArrayList<>(items);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, t);
        }
        return copy;
    }

    /**
     * Splits {@code total} over the keys in proportion to random weights between 0.6 and 1.4: roughly
     * even, never perfectly. The counts add up to {@code total}; the map keeps the keys' order.
     */
    static <K> Map<K, Integer> spread(RandomGenerator random, List<K> keys, int total) {
        double[] weights = new double[keys.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 0.6 + 0.8 * random.nextDouble();
            sum += weights[i];
        }
        Map<K, Integer> counts = new LinkedHashMap<>();
        int assigned = 0;
        double cumulative = 0;
        for (int i = 0; i < keys.size(); i++) {
            cumulative += weights[i];
            int upTo = (int) Math.round(total * cumulative / sum);
            counts.put(keys.get(i), upTo - assigned);
            assigned = upTo;
        }
        return counts;
    }
}
