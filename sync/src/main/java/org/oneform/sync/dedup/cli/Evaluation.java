package org.oneform.sync.dedup.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.dedup.ClusterId;
import org.oneform.sync.dedup.Decision;
import org.oneform.sync.dedup.DedupConfig;
import org.oneform.sync.dedup.DedupEngine;
import org.oneform.sync.dedup.PersonRecord;
import org.oneform.sync.dedup.RecordId;
import org.oneform.sync.dedup.ResidentFields;
import org.oneform.sync.dedup.cli.PersonCsv.Row;
import org.oneform.sync.dedup.RegistryCandidates;
import org.oneform.sync.registry.FieldValue;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.Provenance;
import org.oneform.sync.registry.SubjectId;
import org.oneform.sync.search.RegistryIndex;

/**
 * Runs the engine over records in file order, as the apply loop would: decide, then add — to the
 * matched cluster on {@code MERGE}, to a new cluster on {@code NEW} and on {@code REVIEW} (a record
 * awaiting review stands alone, so review items never inflate precision or recall).
 *
 * <p>Candidates come from a registry search index in a temporary directory, as in the apply loop: each record
 * is indexed as a resident, in steps of {@value #STEP} records (the apply loop's step), and the engine keeps the
 * records of the current step pending until then (docs/decisions/0025-dedup-candidates-from-the-registry-index.md).
 *
 * <p>A review is counted once per record sent to review: the pair (probe, best candidate cluster). It
 * is "a true match" when the probe's true cluster is the true cluster of a member of that candidate
 * cluster.
 */
final class Evaluation {

    /** The outcome: each record's cluster, in input order; quality is only known with truth. */
    /** Records indexed at once, as the apply loop indexes a step's records. */
    static final int STEP = 256;
    private static final AreaId GRID = new AreaId("0");
    private static final Provenance CSV = new Provenance("csv", "dedup-eval", Instant.EPOCH, 0, 0);

    /**
     * @param indexCpuNanos of {@code cpuNanos}, the CPU time spent writing records to the search index and
     *                      reopening it (the apply loop counts the writes in its index phase, not in dedup)
     */
    record Result(List<String> clusters, int reviews, int reviewsTrue, long nanos, long cpuNanos, long indexCpuNanos,
                  Metrics metrics) {

        double recordsPerSecond() {
            return clusters.size() / (nanos / 1e9);
        }

        double recordsPerCpuSecond() {
            return cpuNanos <= 0 ? Double.NaN : clusters.size() / (cpuNanos / 1e9);
        }

        /** Records per CPU second of deciding and adding, without writing the index. */
        double recordsPerDedupCpuSecond() {
            return cpuNanos - indexCpuNanos <= 0 ? Double.NaN : clusters.size() / ((cpuNanos - indexCpuNanos) / 1e9);
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
        Path dir = temporaryDirectory();
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        long indexCpu = 0;
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        try (RegistryIndex index = RegistryIndex.open(dir, key, Duration.ofHours(1));
             DedupEngine engine = new DedupEngine(config, new RegistryCandidates(index))) {
            index.useBlockingTerms(record -> engine.blockingTerms(ResidentFields.person(record)));
            List<GoldenRecord> unwritten = new ArrayList<>(STEP);
            int fresh = 0;
            for (Row row : rows) {
                if (unwritten.size() == STEP) {
                    long c = threads.getCurrentThreadCpuTime();
                    index.index(unwritten);
                    index.refresh(); // the near-real-time reopen (a segment flush) is the index's cost, not dedup's
                    indexCpu += threads.getCurrentThreadCpuTime() - c;
                    unwritten.clear();
                    engine.written();
                }
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
                unwritten.add(resident(row.record()));
                truthOf.put(row.record().id(), row.truth());
                clusters.add(cluster.value());
            }
        }
        long nanos = System.nanoTime() - t0;
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        delete(dir);
        Metrics metrics = truth ? Metrics.of(clusters, rows.stream().map(Row::truth).toList()) : null;
        return new Result(clusters, reviews, reviewsTrue, nanos, cpu, indexCpu, metrics);
    }

    /** A CSV row as the resident record the apply loop would have made of it. */
    private static GoldenRecord resident(PersonRecord person) {
        Map<String, FieldValue> fields = new java.util.LinkedHashMap<>();
        ResidentFields.values(person).forEach((field, value) -> fields.put(field, new FieldValue(value, CSV)));
        return new GoldenRecord(new SubjectId(person.id().value()), SubjectType.RESIDENT, GRID, fields);
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("oneform-dedup-eval-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
