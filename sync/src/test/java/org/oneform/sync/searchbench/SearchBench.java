package org.oneform.sync.searchbench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.values.GeoPoint;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.search.GeoCircle;
import org.oneform.sync.search.RegistryIndex;
import org.oneform.sync.search.SearchFilters;
import org.oneform.sync.search.SearchQuery;
import org.oneform.sync.search.SearchResult;

/**
 * {@code bin/oneform bench-search}: the search benchmark of issue 7 (docs/benchmarks.md, "Search at 1M / 5M
 * residents"). Per size it streams a generated district ({@link BenchCity}) into a {@link RegistryIndex} on
 * a temporary directory through {@code index(batch)} and periodic {@code commit}, as the apply loop does;
 * then measures each {@link QueryKind} and "places within 500 m" in the district and in one street (warm-up first, then the measured
 * queries, one thread, wall and CPU time per query) and the delay until a new record is found. Prints a
 * report and writes it to {@code bench.out}/search-N.txt.
 *
 * <p>Settings (system properties): {@code bench.residents} (1000000,5000000), {@code bench.queries} (2000),
 * {@code bench.warmup} (500), {@code bench.batch} (1000 records per {@code index} call), {@code bench.commit}
 * (500000 records between commits), {@code bench.visibility} (50), {@code bench.seed}, {@code bench.dir}
 * (where the temporary index goes; the system temp directory), {@code bench.keep} (false: true leaves the index
 * there for a closer look), {@code bench.out} (target/bench).
 */
public final class SearchBench {

    private static final byte[] TERM_KEY = "search-bench key: fake data, not a secret".getBytes(StandardCharsets.UTF_8);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final int queries = Integer.getInteger("bench.queries", 2000);
    private final int warmup = Integer.getInteger("bench.warmup", 500);
    private final int batchSize = Integer.getInteger("bench.batch", 1000);
    private final long commitEvery = Long.getLong("bench.commit", 500_000);
    private final int visibilityRounds = Integer.getInteger("bench.visibility", 50);
    private final long seed = Long.getLong("bench.seed", 20261203L);
    private final Path tempBase = Path.of(System.getProperty("bench.dir", System.getProperty("java.io.tmpdir")));
    private final Path out = Path.of(System.getProperty("bench.out", "target/bench"));
    private final boolean keep = Boolean.getBoolean("bench.keep");
    private final LoadWatch load = new LoadWatch();

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        SearchBench bench = new SearchBench();
        Files.createDirectories(bench.out);
        for (String size : System.getProperty("bench.residents", "1000000,5000000").split(",")) {
            bench.run(Long.parseLong(size.strip().replace("_", "")));
        }
        System.exit(0);
    }

    private void run(long residents) throws IOException {
        Report report = new Report();
        report.line("# Search benchmark, %,d residents (%s)", residents, Instant.now());
        report.line(Machine.describe());
        report.line("settings: %d measured + %d warm-up queries per kind and scope, batches of %d, commit every %,d, seed %d",
                queries, warmup, batchSize, commitEvery, seed);
        load.reset();
        Path dir = Files.createTempDirectory(tempBase, "oneform-search-bench-");
        try (RegistryIndex index = RegistryIndex.open(dir, TERM_KEY)) {
            Samples samples = build(index, residents, dir, report);
            measureQueries(index, samples, report);
            measureVisibility(index, report);
            report.line("heap used after the queries (after GC): %s", Machine.heapAfterGc());
        } finally {
            if (keep) {
                report.line("index kept in %s (term key: see SearchBench.TERM_KEY)", dir);
            } else {
                delete(dir);
            }
        }
        report.line("load average during the run (1 min, sampled every 5 s): min %.1f, max %.1f, mean %.1f",
                load.min(), load.max(), load.mean());
        Files.writeString(out.resolve("search-" + residents + ".txt"), report.text());
    }

    private Samples build(RegistryIndex index, long residents, Path dir, Report report) {
        Samples samples = new Samples(residents, queries + warmup);
        long[] docs = {0, 0};
        long startWall = System.nanoTime();
        long startCpu = Machine.processCpuNanos();
        new BenchCity(residents, seed).generate(batchSize, batch -> {
            index.index(batch);
            docs[0] += batch.size();
            if (docs[0] - docs[1] >= commitEvery) {
                index.commit(docs[0]);
                docs[1] = docs[0];
                System.out.printf("  indexed %,d documents in %.0f s%n", docs[0], (System.nanoTime() - startWall) / 1e9);
            }
        }, samples::resident, samples::place);
        index.commit(docs[0]);
        index.refresh();
        double seconds = (System.nanoTime() - startWall) / 1e9;
        double cpuSeconds = (Machine.processCpuNanos() - startCpu) / 1e9;
        report.line("");
        report.line("## Build");
        report.line("documents: %,d (%,d residents, their households and %,d places); searchable: %,d", docs[0],
                residents, residents / BenchCity.RESIDENTS_PER_PLACE, index.count());
        report.line("build (generate + index in batches + commits + final refresh): %.1f s wall, %,.0f documents/s; "
                + "process CPU %.1f s (%,.0f documents per CPU second)", seconds, docs[0] / seconds, cpuSeconds,
                docs[0] / cpuSeconds);
        report.line("index on disk: %s (%.0f bytes per document)", Machine.mib(Machine.size(dir)),
                (double) Machine.size(dir) / docs[0]);
        report.line("heap used after the build (after GC): %s", Machine.heapAfterGc());
        return samples;
    }

    private void measureQueries(RegistryIndex index, Samples samples, Report report) {
        report.line("");
        report.line("## Queries (limit %d, one thread; wall ms p50 / p99 / max, CPU ms of the searching thread p50 / p99)",
                SearchQuery.DEFAULT_LIMIT);
        report.line("| Query | Scope | Queries | Found: drawn / misses | Mean total hits | Wall p50 / p99 / max ms | CPU p50 / p99 ms | Target p99 |");
        report.line("|---|---|---|---|---|---|---|---|");
        for (QueryKind kind : QueryKind.values()) {
            measure(index, kind.label, "district",
                    kind.probes(samples.districtResidents, queries, warmup, seed + 1, BenchCity.DISTRICT),
                    kind.probes(samples.districtResidents, 0, queries, seed, BenchCity.DISTRICT),
                    kind.targetP99Ms, report);
            measure(index, kind.label, "one street",
                    kind.probes(samples.streetResidents, queries, warmup, seed + 1, BenchCity.firstStreet()),
                    kind.probes(samples.streetResidents, 0, queries, seed, BenchCity.firstStreet()),
                    kind.targetP99Ms, report);
        }
        measure(index, "places within 500 m", "district",
                near(samples.districtPlaces, queries, warmup, BenchCity.DISTRICT),
                near(samples.districtPlaces, 0, queries, BenchCity.DISTRICT), 0, report);
        measure(index, "places within 500 m", "one street",
                near(samples.streetPlaces, queries, warmup, BenchCity.firstStreet()),
                near(samples.streetPlaces, 0, queries, BenchCity.firstStreet()), 0, report);
    }

    /**
     * "Places within 500 m of this place", as the search screen asks it: no text, type place, nearest
     * first, around a sampled place's location; one in ten around a point 100 km away (nothing there).
     */
    private List<Probe> near(List<BenchCity.Place> from, int offset, int count, AreaId scope) {
        SplittableRandom random = new SplittableRandom(seed + offset);
        List<Probe> near = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            GeoPoint centre = from.get((offset + i) % from.size()).location();
            boolean far = random.nextDouble() < 0.1;
            if (far) {
                centre = new GeoPoint(centre.lat().add(BigDecimal.ONE), centre.lon());
            }
            near.add(new Probe(new SearchQuery("", SubjectType.PLACE, scope, SearchQuery.DEFAULT_LIMIT,
                    SearchFilters.NONE.withNear(new GeoCircle(centre, 500))), !far));
        }
        return near;
    }

    private void measure(RegistryIndex index, String label, String scopeName, List<Probe> warm,
            List<Probe> measured, double target, Report report) {
        for (Probe probe : warm) {
            index.search(probe.query());
        }
        Latencies wall = new Latencies();
        Latencies cpu = new Latencies();
        int drawn = 0;
        int drawnFound = 0;
        int missesFound = 0;
        long hits = 0;
        for (Probe probe : measured) {
            SearchQuery query = probe.query();
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            SearchResult result = index.search(query);
            wall.add(System.nanoTime() - t0);
            cpu.add(THREADS.getCurrentThreadCpuTime() - c0);
            drawn += probe.drawn() ? 1 : 0;
            drawnFound += probe.drawn() && !result.isEmpty() ? 1 : 0;
            missesFound += !probe.drawn() && !result.isEmpty() ? 1 : 0;
            hits += result.totalHits();
        }
        String verdict = target == 0 ? "—" : String.format("< %s ms %s", Latencies.ms(target),
                wall.percentileMs(99) < target ? "✔" : "✘");
        int misses = measured.size() - drawn;
        report.line("| %s | %s | %,d | %,d of %,d / %s | %,.0f | %s | %s / %s | %s |", label, scopeName, measured.size(),
                drawnFound, drawn, misses == 0 ? "—" : missesFound + " of " + misses, (double) hits / measured.size(),
                wall.summary(),
                Latencies.ms(cpu.percentileMs(50)), Latencies.ms(cpu.percentileMs(99)), verdict);
    }

    /** Index one new resident, poll for its ID number until found; again after a random pause. */
    private void measureVisibility(RegistryIndex index, Report report) {
        SplittableRandom random = new SplittableRandom(seed);
        Latencies delays = new Latencies();
        int polls = 0;
        for (int k = 0; k < visibilityRounds; k++) {
            String id = BenchCity.missingIdNumber(1_000_000 + k);
            GoldenRecord newcomer = BenchCity.newcomer(k, id);
            SearchQuery query = SearchQuery.of(id, BenchCity.DISTRICT);
            long t0 = System.nanoTime();
            index.index(List.of(newcomer));
            while (index.search(query).isEmpty()) {
                polls++;
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
                if (System.nanoTime() - t0 > TimeUnit.SECONDS.toNanos(30)) {
                    throw new IllegalStateException("a new record was not visible after 30 s");
                }
            }
            delays.add(System.nanoTime() - t0);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(random.nextInt(300)));
        }
        report.line("");
        report.line("## Visibility of a new record (index one resident, search its ID number every 1 ms until found; %d times)",
                visibilityRounds);
        report.line("delay p50 / p99 / max: %s ms (%d polls in all; background refresh every %d ms); target < 1 s %s",
                delays.summary(), polls, RegistryIndex.DEFAULT_REFRESH_INTERVAL.toMillis(),
                delays.maxMs() < 1000 ? "✔" : "✘");
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Lines printed as they come and kept for the file. */
    private static final class Report {

        private final List<String> lines = new ArrayList<>();

        void line(String format, Object... args) {
            String line = args.length == 0 ? format : String.format(format, args);
            System.out.println(line);
            System.out.flush();
            lines.add(line);
        }

        String text() {
            return String.join("\n", lines) + "\n";
        }
    }
}
