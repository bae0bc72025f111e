package org.oneform.sync.dedup.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.oneform.sync.dedup.ClusterId;
import org.oneform.sync.dedup.Decision;
import org.oneform.sync.dedup.DedupConfig;
import org.oneform.sync.dedup.DedupEngine;
import org.oneform.sync.dedup.RecordId;
import org.oneform.sync.dedup.cli.PersonCsv.Row;

/**
 * Runs the engine over records in file order, as the apply loop would: decide, then add — to the
 * matched cluster on {@code MERGE}, to a new cluster on {@code NEW} and on {@code REVIEW} (a record
 * awaiting review stands alone, so review items never inflate precision or recall).
 *
 * <p>A review is counted once per record sent to review: the pair (probe, best candidate cluster). It
 * is "a true match" when the probe's true cluster is the true cluster of a member of that candidate
 * cluster.
 */
final class Evaluation {

    /** The outcome: each record's cluster, in input order; quality is only known with truth. */
    record Result(List<String> clusters, int reviews, int reviewsTrue, long nanos, long cpuNanos, Metrics metrics) {

        double recordsPerSecond() {
            return clusters.size() / (nanos / 1e9);
        }

        double recordsPerCpuSecond() {
            return cpuNanos <= 0 ? Double.NaN : clusters.size() / (cpuNanos / 1e9);
        }

        double reviewShare() {
            return clusters.isEmpty() ? 0 : (double) reviews / clusters.size();
        }
    }

    private Evaluation() {
    }

    static Result run(List<Row> rows, DedupConfig config) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<String> clusters = new ArrayList<>(rows.size());
        boolean truth = !rows.isEmpty() && rows.getFirst().truth() != null;
        Map<RecordId, String> truthOf = new HashMap<>();
        int reviews = 0;
        int reviewsTrue = 0;
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        try (DedupEngine engine = new DedupEngine(config)) {
            int fresh = 0;
            for (Row row : rows) {
                Decision d = engine.decide(row.record());
                ClusterId cluster = d.kind() == Decision.Kind.MERGE ? d.cluster().orElseThrow()
                        : new ClusterId("c" + (++fresh));
                if (d.kind() == Decision.Kind.REVIEW) {
                    reviews++;
                    if (truth && sameTruth(engine, d.cluster().orElseThrow(), row.truth(), truthOf)) {
                        reviewsTrue++;
                    }
                }
                engine.add(row.record(), cluster);
                truthOf.put(row.record().id(), row.truth());
                clusters.add(cluster.value());
            }
        }
        long nanos = System.nanoTime() - t0;
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        Metrics metrics = truth ? Metrics.of(clusters, rows.stream().map(Row::truth).toList()) : null;
        return new Result(clusters, reviews, reviewsTrue, nanos, cpu, metrics);
    }

    private static boolean sameTruth(DedupEngine engine, ClusterId cluster, String truth,
                                     Map<RecordId, String> truthOf) {
        Set<String> truths = new HashSet<>();
        for (RecordId member : engine.members(cluster)) {
            truths.add(truthOf.get(member));
        }
        return truths.contains(truth);
    }
}
