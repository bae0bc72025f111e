package org.oneform.sync.dedup.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Clustering quality against the truth. Pairwise: over all unordered record pairs, precision = pairs
 * put together that truly belong together / pairs put together; recall = / pairs that truly belong
 * together. B³: per record, the share of its predicted cluster that is truly its (precision) and the
 * share of its true cluster that was predicted with it (recall), averaged over records.
 */
record Metrics(double pairPrecision, double pairRecall, double b3Precision, double b3Recall, long predictedPairs,
               long truePairs) {

    static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** @param predicted and {@code truth}: the cluster of each record, same order */
    static Metrics of(List<String> predicted, List<String> truth) {
        Map<String, Map<String, Integer>> cells = new HashMap<>();
        Map<String, Integer> predictedSizes = new HashMap<>();
        Map<String, Integer> trueSizes = new HashMap<>();
        for (int i = 0; i < predicted.size(); i++) {
            cells.computeIfAbsent(predicted.get(i), k -> new HashMap<>()).merge(truth.get(i), 1, Integer::sum);
            predictedSizes.merge(predicted.get(i), 1, Integer::sum);
            trueSizes.merge(truth.get(i), 1, Integer::sum);
        }
        long together = 0;
        double b3p = 0;
        double b3r = 0;
        for (var row : cells.entrySet()) {
            int predictedSize = predictedSizes.get(row.getKey());
            for (var cell : row.getValue().entrySet()) {
                long n = cell.getValue();
                together += n * (n - 1) / 2;
                b3p += (double) n * n / predictedSize;
                b3r += (double) n * n / trueSizes.get(cell.getKey());
            }
        }
        long predictedPairs = pairs(predictedSizes);
        long truePairs = pairs(trueSizes);
        int records = predicted.size();
        return new Metrics(predictedPairs == 0 ? 1 : (double) together / predictedPairs,
                truePairs == 0 ? 1 : (double) together / truePairs, b3p / records, b3r / records, predictedPairs, truePairs);
    }

    private static long pairs(Map<String, Integer> sizes) {
        long pairs = 0;
        for (int n : sizes.values()) {
            pairs += (long) n * (n - 1) / 2;
        }
        return pairs;
    }
}
