package org.oneform.e2e.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.oneform.e2e.support.OneFormServer;
import org.oneform.e2e.support.SyncClient;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The collector's download (decision 0012), measured against the packaged jar on the demo city: for each of
 * {@code bench.workers} grid workers (12), a first full download of their grid in pages of {@code bench.limit}
 * (500), repeated {@code bench.rounds} times (3; the first round of all is the JIT's warm-up and is reported
 * apart), and an empty delta from the last cursor. Reported: time per whole download and per page as the device
 * sees it over loopback HTTP, subjects and bytes. Not a test: run only by {@code -Pbench}; see
 * {@code docs/benchmarks.md}.
 */
class DownloadBench {

    private static final int WORKERS = Integer.getInteger("bench.workers", 12);
    private static final int LIMIT = Integer.getInteger("bench.limit", 500);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

    private record Whole(long nanos, int pages, int subjects, long bytes, String cursor) {
    }

    @Test
    void download() throws Exception {
        try (OneFormServer server = OneFormServer.start("download-bench")) {
            List<SyncClient> devices = new ArrayList<>();
            for (int w = 1; w <= WORKERS; w++) {
                var device = new SyncClient(server::baseUrl, "worker%02d".formatted(w), "bench-" + w, Duration.ofSeconds(60));
                device.signIn();
                devices.add(device);
            }
            List<Whole> warmup = new ArrayList<>();
            for (SyncClient device : devices) {
                warmup.add(whole(device, null));
            }
            List<Whole> measured = new ArrayList<>();
            List<Long> pageMicros = new ArrayList<>();
            List<Long> deltaMicros = new ArrayList<>();
            for (int round = 1; round < ROUNDS; round++) {
                for (SyncClient device : devices) {
                    Whole whole = whole(device, null);
                    measured.add(whole);
                    pageMicros.add(whole.nanos / 1000 / whole.pages);
                    SyncClient.Answer delta = device.download(whole.cursor, LIMIT);
                    assertThat(delta.status()).isEqualTo(200);
                    deltaMicros.add(delta.took().toNanos() / 1000);
                }
            }
            int subjects = measured.stream().mapToInt(Whole::subjects).sum();
            long bytes = measured.stream().mapToLong(Whole::bytes).sum();
            double seconds = measured.stream().mapToLong(Whole::nanos).sum() / 1e9;
            System.out.printf("""
                    Collector download, %s: %d workers (one grid each), pages of %d, %d measured rounds, cores %d
                      first (cold) full download: median %.0f ms for %,d subjects
                      full download:  median %.0f ms, max %.0f ms per grid; %,.0f subjects/s; %.1f KB per subject
                      one page:       median %.1f ms, max %.1f ms
                      empty delta:    median %.1f ms, max %.1f ms
                    """, LocalDate.now(), WORKERS, LIMIT, ROUNDS - 1, Runtime.getRuntime().availableProcessors(),
                    median(warmup.stream().map(w -> w.nanos / 1000).toList()) / 1000.0, warmup.getFirst().subjects,
                    median(measured.stream().map(w -> w.nanos / 1000).toList()) / 1000.0,
                    Collections.max(measured.stream().map(w -> w.nanos / 1000).toList()) / 1000.0, subjects / seconds,
                    bytes / 1024.0 / subjects, median(pageMicros) / 1000.0, Collections.max(pageMicros) / 1000.0,
                    median(deltaMicros) / 1000.0, Collections.max(deltaMicros) / 1000.0);
        }
    }

    private static Whole whole(SyncClient device, String from) throws Exception {
        long started = System.nanoTime();
        int pages = 0;
        int subjects = 0;
        long bytes = 0;
        String cursor = from;
        while (true) {
            SyncClient.Answer page = device.download(cursor, LIMIT);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            JsonObject body = JsonParser.parseString(page.body()).getAsJsonObject();
            pages++;
            subjects += body.getAsJsonArray("assignments").size();
            bytes += page.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            cursor = body.get("cursor").getAsString();
            if (!body.get("more").getAsBoolean()) {
                return new Whole(System.nanoTime() - started, pages, subjects, bytes, cursor);
            }
        }
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
