package org.oneform.app.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/** Picks items in proportion to their weights. Immutable; the choice depends only on the random stream. */
final class Weighted<T> {

    private final List<T> items;
    private final double[] cumulative;

    private Weighted(List<T> items, double[] weights) {
        this.items = List.copyOf(items);
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] <= 0) {
                throw new IllegalArgumentException("weight of " + items.get(i) + " must be positive");
            }
            sum += weights[i];
            cumulative[i] = sum;
        }
    }

    /** A table written as {@code "王 710 李 700 …"}: whitespace-separated item and weight pairs. */
    static Weighted<String> parse(String table) {
        String[] tokens = table.strip().split("\\s+");
        if (tokens.length % 2 != 0) {
            throw new IllegalArgumentException("items and weights must pair up: " + table);
        }
        List<String> items = new ArrayList<>();
        double[] weights = new double[tokens.length / 2];
        for (int i = 0; i < tokens.length; i += 2) {
            items.add(tokens[i]);
            weights[i / 2] = Double.parseDouble(tokens[i + 1]);
        }
        return new Weighted<>(items, weights);
    }

    /** Equal weights. */
    static Weighted<String> uniform(String words) {
        List<String> items = List.of(words.strip().split("\\s+"));
        double[] weights = new double[items.size()];
        Arrays.fill(weights, 1);
        return new Weighted<>(items, weights);
    }

    static <T> Weighted<T> of(List<T> items, double... weights) {
        if (items.size() != weights.length) {
            throw new IllegalArgumentException(items.size() + " items but " + weights.length + " weights");
        }
        return new Weighted<>(items, weights);
    }

    T pick(RandomGenerator random) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        return items.get(i >= 0 ? Math.min(i + 1, items.size() - 1) : -i - 1);
    }
}
