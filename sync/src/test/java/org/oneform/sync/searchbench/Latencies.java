package org.oneform.sync.searchbench;

import java.util.Arrays;

/** Durations in nanoseconds, summarised as nearest-rank percentiles in milliseconds. */
final class Latencies {

    private long[] values = new long[64];
    private int size;

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    int count() {
        return size;
    }

    /** The p-th percentile (0 < p ≤ 100) in ms, nearest rank. */
    double percentileMs(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * size);
        return sorted[Math.max(0, Math.min(size, rank) - 1)] / 1e6;
    }

    double maxMs() {
        return percentileMs(100);
    }

    /** {@code p50 / p99 / max} in ms. */
    String summary() {
        return String.format("%s / %s / %s", ms(percentileMs(50)), ms(percentileMs(99)), ms(maxMs()));
    }

    static String ms(double ms) {
        return ms < 10 ? String.format("%.2f", ms) : ms < 100 ? String.format("%.1f", ms) : String.format("%.0f", ms);
    }
}
