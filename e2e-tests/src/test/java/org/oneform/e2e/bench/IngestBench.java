package org.oneform.e2e.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.oneform.e2e.support.E2e;
import org.oneform.e2e.support.LocalPostgres;
import org.oneform.e2e.support.NewResidents;
import org.oneform.e2e.support.OneFormServer;
import org.oneform.e2e.support.SyncClient;

import com.google.gson.JsonObject;

/**
 * Durable ingest benchmark (DESIGN.md §9: ≥ 3,000 submissions/s, 100-item batch acknowledged with p99 ≤ 250 ms).
 * Not a test: it is run only by {@code -Pbench} ({@code bin/oneform bench-ingest}); see {@code docs/benchmarks.md}.
 *
 * <p>For each database (H2, the embedded default; PostgreSQL, the production profile) it starts the packaged
 * jar on a fresh data directory, then N devices (distinct grid workers) upload batches of new residents
 * back to back: a warm-up, then a measured window. Reported per database:
 * <ul>
 *   <li><b>ingest</b>: acknowledged submissions per second (each ledger row committed before the answer) and
 *       p50 / p99 / max of a batch's acknowledgement time as the device sees it;</li>
 *   <li><b>apply</b>: how far the apply loop (dedup, merge, registry store, index) got in the same window,
 *       and its lag at the end — the acknowledgement does not wait for it;</li>
 *   <li><b>baseline</b>: once the registry has caught up, the same devices resending batches already
 *       acknowledged — every item a {@code duplicate}: HTTP, JSON, token check and one ledger lookup, no
 *       validation and no write.</li>
 * </ul>
 * Settings (system properties): {@code bench.clients} (4), {@code bench.batch} (100), {@code bench.warmup}
 * seconds (10), {@code bench.seconds} (30), {@code bench.db} ({@code h2,pg}).
 */
class IngestBench {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 4);
    private static final int BATCH = Integer.getInteger("bench.batch", 100);
    private static final Duration WARMUP = Duration.ofSeconds(Integer.getInteger("bench.warmup", 10));
    private static final Duration WINDOW = Duration.ofSeconds(Integer.getInteger("bench.seconds", 30));
    private static final Duration BASELINE = Duration.ofSeconds(10);
    private static final List<String> DATABASES = List.of(System.getProperty("bench.db", "h2,pg").split(","));

    private record Figures(long items, Duration window, List<Long> latenciesMicros) {

        double perSecond() {
            return items * 1e9 / window.toNanos();
        }

        double percentileMs(double p) {
            List<Long> sorted = new ArrayList<>(latenciesMicros);
            Collections.sort(sorted);
            int at = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, at))) / 1000.0;
        }

        String line() {
            return String.format("%,8.0f submissions/s  batch ack p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms  (%,d submissions, %,d batches, %.1f s)",
                    perSecond(), percentileMs(50), percentileMs(99), percentileMs(100), items, latenciesMicros.size(),
                    window.toNanos() / 1e9);
        }
    }

    @Test
    void durableIngest() throws Exception {
        List<String> report = new ArrayList<>();
        report.add(String.format("Durable ingest, %s: %d devices, batches of %d new residents, warm-up %d s, window %d s, cores %d",
                LocalDate.now(), CLIENTS, BATCH, WARMUP.toSeconds(), WINDOW.toSeconds(), Runtime.getRuntime().availableProcessors()));
        for (String db : DATABASES) {
            switch (db.strip()) {
                case "h2" -> report.addAll(run("H2", List.of(), Map.of()));
                case "pg" -> {
                    try (LocalPostgres pg = LocalPostgres.start()) {
                        report.add("PostgreSQL: " + pg);
                        report.addAll(run("PostgreSQL", List.of("--spring.profiles.active=postgres"), pg.env()));
                    }
                }
                default -> throw new IllegalArgumentException("bench.db: h2 or pg, not " + db);
            }
        }
        String text = String.join("\n", report);
        System.out.println("\n" + text + "\n");
        Path out = E2e.targetDir().resolve("bench").resolve("ingest.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text + "\n");
    }

    private List<String> run(String name, List<String> args, Map<String, String> env) throws Exception {
        Path dataDir = OneFormServer.freshDataDir("bench-" + name.toLowerCase());
        try (OneFormServer server = OneFormServer.startOn("bench-" + name.toLowerCase(), dataDir, args, env)) {
            List<SyncClient> clients = new ArrayList<>();
            for (int d = 0; d < CLIENTS; d++) {
                var client = new SyncClient(server::baseUrl, String.format("worker%02d", d + 1), "bench-" + d, Duration.ofSeconds(30));
                client.signIn();
                clients.add(client);
            }
            int formVersion = clients.getFirst().newestFormVersion("resident", "{\"resident.name\":\"x\"}");
            List<List<String>> sent = new ArrayList<>();
            List<NewResidents> residents = new ArrayList<>();
            for (int d = 0; d < CLIENTS; d++) {
                sent.add(Collections.synchronizedList(new ArrayList<>()));
                residents.add(new NewResidents(20261122L, d, clients.get(d).grid(), formVersion, 0.0));
            }

            Figures ingest = measure(clients, (d, client) -> {
                List<JsonObject> batch = new ArrayList<>();
                for (int i = 0; i < BATCH; i++) {
                    batch.add(residents.get(d).next());
                }
                String body = SyncClient.batch(batch);
                SyncClient.Answer answer = client.upload(body);
                check(answer, "accepted");
                sent.get(d).add(body);
                return answer;
            }, WARMUP, WINDOW, server, true);
            SyncClient.ApplyLoopState atEnd = SyncClient.applyLoop(server.baseUrl());
            long caughtUp = awaitApplied(server, Duration.ofSeconds(600));

            Figures duplicates = measure(clients, (d, client) -> {
                List<String> mine = sent.get(d);
                SyncClient.Answer answer = client.upload(mine.get((int) (System.nanoTime() % mine.size())));
                check(answer, "duplicate");
                return answer;
            }, Duration.ofSeconds(2), BASELINE, server, false);

            List<String> lines = new ArrayList<>();
            lines.add(String.format("%-10s ingest    %s", name, ingest.line()));
            lines.add(String.format("%-10s baseline  %s  (resends: every item a duplicate)", name, duplicates.line()));
            lines.add(String.format("%-10s apply     %s; at the end of the window the registry was %,d submissions behind the ledger"
                            + " (%,d ledger entries), caught up %.1f s after the window", name, applyLine, atEnd.ledgerSeq() - atEnd.appliedSeq(),
                    atEnd.ledgerSeq(), caughtUp / 1000.0));
            lines.forEach(System.out::println);
            return lines;
        } finally {
            OneFormServer.deleteRecursively(dataDir);
        }
    }

    /** The apply loop's progress during the last measured ingest window. */
    private String applyLine = "";

    @FunctionalInterface
    private interface Upload {
        SyncClient.Answer send(int device, SyncClient client) throws Exception;
    }

    /** Devices upload back to back; only batches that start and end inside the window count. */
    private Figures measure(List<SyncClient> clients, Upload upload, Duration warmup, Duration window, OneFormServer server,
                            boolean watchApply) throws Exception {
        long windowStart = System.nanoTime() + warmup.toNanos();
        long windowEnd = windowStart + window.toNanos();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long[] items = new long[clients.size()];
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        var ready = new CountDownLatch(1);
        try {
            List<Future<?>> devices = new ArrayList<>();
            for (int d = 0; d < clients.size(); d++) {
                int device = d;
                SyncClient client = clients.get(d);
                devices.add(pool.submit(() -> {
                    ready.await();
                    while (System.nanoTime() < windowEnd) {
                        long started = System.nanoTime();
                        SyncClient.Answer answer = upload.send(device, client);
                        long ended = System.nanoTime();
                        if (started >= windowStart && ended <= windowEnd) {
                            latencies.add((ended - started) / 1000);
                            items[device] += BATCH;
                        }
                    }
                    return null;
                }));
            }
            ready.countDown();
            if (watchApply) {
                Thread.sleep(Math.max(0, (windowStart - System.nanoTime()) / 1_000_000));
                SyncClient.ApplyLoopState start = SyncClient.applyLoop(server.baseUrl());
                Thread.sleep(Math.max(0, (windowEnd - System.nanoTime()) / 1_000_000));
                SyncClient.ApplyLoopState end = SyncClient.applyLoop(server.baseUrl());
                applyLine = String.format("%,8.0f submissions/s applied in the window", (end.appliedSeq() - start.appliedSeq()) * 1e9 / window.toNanos());
            }
            for (Future<?> device : devices) {
                device.get(window.plus(warmup).plusSeconds(60).toSeconds(), TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        long total = 0;
        for (long n : items) {
            total += n;
        }
        return new Figures(total, window, new ArrayList<>(latencies));
    }

    private static void check(SyncClient.Answer answer, String status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.results()).allSatisfy(r -> assertThat(r.status()).as(r.json()).isEqualTo(status));
    }

    /** Milliseconds until the registry has applied the whole ledger. */
    private static long awaitApplied(OneFormServer server, Duration timeout) throws Exception {
        long started = System.nanoTime();
        while (true) {
            SyncClient.ApplyLoopState state = SyncClient.applyLoop(server.baseUrl());
            if (state.appliedSeq() == state.ledgerSeq()) {
                return (System.nanoTime() - started) / 1_000_000;
            }
            if (System.nanoTime() - started > timeout.toNanos()) {
                throw new AssertionError("the registry did not catch up within " + timeout + ": " + state);
            }
            Thread.sleep(100);
        }
    }
}
