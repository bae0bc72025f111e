package org.oneform.e2e.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.oneform.e2e.support.E2e;
import org.oneform.e2e.support.NewResidents;
import org.oneform.e2e.support.OneFormServer;
import org.oneform.e2e.support.SyncClient;

import com.google.gson.JsonObject;

/**
 * Start-up with N residents stored (DESIGN.md §9: ≤ 15 s with 1M). Not a test: run only by {@code -Pbench}
 * ({@code bin/oneform bench-startup}); see {@code docs/benchmarks.md}, "Start-up with N residents stored".
 *
 * <p>The data directory is made the honest way: the packaged jar on a fresh directory (demo city seeded), devices
 * upload N new residents through the sync API, the real apply loop applies them (dedup, merge, registry store,
 * index, fan-out), and the server stops with SIGTERM. Making it takes a while (the apply loop's ~1,000/s), so
 * {@code -Dbench.dir=/path} keeps it there and a later run with the same setting reuses it.
 *
 * <p>Then the production start is timed {@code bench.starts} times on it, and as many times on a data directory
 * holding only the demo city (the baseline, same run): wall time from launch until {@code /actuator/health} is UP
 * (it includes readiness, which Spring sets after the apply loop caught up: registry loaded, index open, ledger
 * replayed), the CPU time the process used until then ({@code /proc}), the apply loop's catch-up time from the
 * log, and the heap in use after a full GC once ready ({@code jcmd}).
 */
class StartupBench {

    private static final int RESIDENTS = Integer.getInteger("bench.residents", 100_000);
    private static final int STARTS = Integer.getInteger("bench.starts", 3);
    private static final String DIR = System.getProperty("bench.dir", "");
    private static final int BATCH = 100;
    /** NewResidents gives at most 150,000 people per device. */
    private static final int PER_DEVICE = 125_000;
    private static final String MARKER = "bench-startup-residents.txt";
    private static final Pattern CAUGHT_UP = Pattern.compile("apply loop caught up: .* in (\\d+) ms");
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private static final Pattern DEDUP_LOADED = Pattern.compile("dedup loaded: \\d+ records in (\\d+) ms");
    /** False for a jar from before dedup loaded after ready (it loads it inside the catch-up and logs nothing). */
    private static final boolean AWAIT_DEDUP = Boolean.parseBoolean(System.getProperty("bench.await-dedup", "true"));

    private record Start(long readyMs, double cpuSeconds, long catchUpMs, long dedupMs, long heapUsedMb) {

        String line() {
            return String.format("ready %,7d ms wall  %6.1f s CPU  catch-up %,6d ms  dedup loaded after ready %,6d ms"
                            + "  heap after GC (dedup loaded) %,6d MB", readyMs, cpuSeconds, catchUpMs, dedupMs, heapUsedMb);
        }
    }

    @Test
    void startup() throws Exception {
        List<String> report = new ArrayList<>();
        report.add(String.format("Start-up, %s: %,d residents, %d starts each, cores %d, load average at the start %.2f",
                LocalDate.now(), RESIDENTS, STARTS, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));

        // with bench.dir, the demo-city-only directory is kept next to it (bench.dir + "-demo") and reused too
        Path base = DIR.isBlank() ? OneFormServer.freshDataDir("bench-startup-base") : Path.of(DIR + "-demo").toAbsolutePath();
        Path full = DIR.isBlank() ? OneFormServer.freshDataDir("bench-startup-" + RESIDENTS) : Path.of(DIR).toAbsolutePath();
        try {
            if (!Files.isRegularFile(base.resolve(MARKER))) {
                Files.createDirectories(base);
                try (OneFormServer seeding = OneFormServer.launchOn("bench-startup-base", base)) {
                    awaitReady(seeding); // seeds the demo city once; the timed starts find it
                    seeding.stop();
                }
                Files.writeString(base.resolve(MARKER), "0\n");
            }
            report.add(generate(full, base));
            List<Start> baseline = new ArrayList<>();
            List<Start> loaded = new ArrayList<>();
            for (int i = 0; i < STARTS; i++) { // alternate, so both see the same machine
                baseline.add(start("bench-startup-base", base));
                loaded.add(start("bench-startup-" + RESIDENTS, full));
            }
            baseline.forEach(s -> report.add("demo city only        " + s.line()));
            loaded.forEach(s -> report.add(String.format("%,9d residents    ", RESIDENTS) + s.line()));
            Start b = median(baseline);
            Start l = median(loaded);
            report.add(String.format("median: demo city %,d ms (%.1f s CPU, %,d MB) · with residents %,d ms (%.1f s CPU, %,d MB)"
                            + " · ratio wall %.2f, CPU %.2f · extra heap per resident %,d B",
                    b.readyMs, b.cpuSeconds, b.heapUsedMb, l.readyMs, l.cpuSeconds, l.heapUsedMb,
                    (double) l.readyMs / b.readyMs, l.cpuSeconds / b.cpuSeconds,
                    (l.heapUsedMb - b.heapUsedMb) * 1024 * 1024 / Math.max(1, RESIDENTS)));
            report.add(String.format("load average at the end %.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        } finally {
            if (DIR.isBlank()) {
                OneFormServer.deleteRecursively(base);
                OneFormServer.deleteRecursively(full);
            }
        }
        String text = String.join("\n", report);
        System.out.println("\n" + text + "\n");
        Path out = E2e.targetDir().resolve("bench").resolve("startup.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text + "\n");
    }

    /** Fills the data directory with N residents through the sync API and the apply loop, unless it holds them. */
    private static String generate(Path dir, Path demo) throws Exception {
        Path marker = dir.resolve(MARKER);
        if (Files.isRegularFile(marker) && Integer.parseInt(Files.readString(marker).strip()) == RESIDENTS) {
            return "reused " + dir + " (" + RESIDENTS + " residents uploaded when it was made)";
        }
        if (Files.exists(dir) && Files.list(dir).findAny().isPresent()) {
            throw new IllegalStateException(dir + " is not empty and holds no " + RESIDENTS + " residents made by this benchmark");
        }
        copy(demo, dir); // the demo city, seeded once: the same start a production directory has, minutes sooner
        long started = System.nanoTime();
        try (OneFormServer server = OneFormServer.launchOn("bench-startup-make", dir)) {
            awaitReady(server);
            int devices = Math.max(4, (RESIDENTS + PER_DEVICE - 1) / PER_DEVICE);
            ExecutorService pool = Executors.newFixedThreadPool(devices);
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int d = 0; d < devices; d++) {
                    int device = d;
                    int share = RESIDENTS / devices + (d < RESIDENTS % devices ? 1 : 0);
                    running.add(pool.submit(() -> {
                        var client = new SyncClient(server::baseUrl, String.format("worker%02d", device + 1), "bench-startup-" + device,
                                Duration.ofSeconds(60));
                        client.signIn();
                        int formVersion = client.newestFormVersion("resident", "{\"resident.name\":\"x\"}");
                        var residents = new NewResidents(20261203L, device, client.grid(), formVersion, 0.0);
                        for (int sent = 0; sent < share; ) {
                            List<JsonObject> batch = new ArrayList<>();
                            for (int i = 0; i < Math.min(BATCH, share - sent); i++) {
                                batch.add(residents.next());
                            }
                            SyncClient.Answer answer = client.upload(SyncClient.batch(batch));
                            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
                            assertThat(answer.results()).allSatisfy(r -> assertThat(r.status()).as(r.json()).isEqualTo("accepted"));
                            sent += batch.size();
                        }
                        return null;
                    }));
                }
                for (Future<?> f : running) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            long uploaded = System.nanoTime();
            while (true) {
                SyncClient.ApplyLoopState state = SyncClient.applyLoop(server.baseUrl());
                if (state.appliedSeq() == state.ledgerSeq()) {
                    break;
                }
                Thread.sleep(1000);
            }
            server.stop();
            Files.writeString(marker, RESIDENTS + "\n");
            return String.format("made %s: %,d residents uploaded in %.0f s, applied %.0f s later", dir, RESIDENTS,
                    (uploaded - started) / 1e9, (System.nanoTime() - uploaded) / 1e9);
        }
    }

    /** Copies a stopped server's data directory, without its lock and the benchmark's marker. */
    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                String file = source.getFileName().toString();
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!file.equals(MARKER) && !file.equals("oneform.lock")) {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static Start start(String name, Path dir) throws Exception {
        try (OneFormServer server = OneFormServer.launchOn(name, dir)) {
            long launched = System.nanoTime();
            awaitReady(server);
            long readyMs = (System.nanoTime() - launched) / 1_000_000;
            double cpu = cpuSeconds(server.pid());
            Matcher caughtUp = CAUGHT_UP.matcher(server.awaitLog("apply loop caught up", Duration.ofSeconds(30)));
            long catchUpMs = caughtUp.find() ? Long.parseLong(caughtUp.group(1)) : -1;
            long dedupMs = -1;
            if (AWAIT_DEDUP) { // the heap is read once dedup holds the registry's records
                Matcher loaded = DEDUP_LOADED.matcher(server.awaitLog("dedup loaded", Duration.ofMinutes(15)));
                dedupMs = loaded.find() ? Long.parseLong(loaded.group(1)) : -1;
            }
            jcmd(server.pid(), "GC.run");
            Matcher used = USED.matcher(jcmd(server.pid(), "GC.heap_info"));
            long heapMb = used.find() ? Long.parseLong(used.group(1)) / 1024 : -1;
            server.stop();
            return new Start(readyMs, cpu, catchUpMs, dedupMs, heapMb);
        }
    }

    /**
     * Waits until health is UP, polling every 100 ms, for up to {@code bench.ready-timeout} seconds (default 900: a
     * loaded machine seeding the demo city took over two minutes, more than the journeys' limit).
     */
    private static void awaitReady(OneFormServer server) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(Integer.getInteger("bench.ready-timeout", 900)).toNanos();
        while (!server.isHealthy()) {
            if (!server.isAlive()) {
                throw new IllegalStateException("OneForm exited before it was ready; log tail:\n" + server.logTail(60));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("OneForm not ready in time; log tail:\n" + server.logTail(60));
            }
            Thread.sleep(100);
        }
    }

    /** User plus system CPU time of a process so far, from {@code /proc/<pid>/stat} (clock ticks of 1/100 s). */
    private static double cpuSeconds(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    private static String jcmd(long pid, String command) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid), command)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }

    private static Start median(List<Start> starts) {
        List<Start> byReady = new ArrayList<>(starts);
        byReady.sort((a, b) -> Long.compare(a.readyMs, b.readyMs));
        return byReady.get(byReady.size() / 2);
    }
}
