package org.oneform.e2e.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.oneform.e2e.support.E2e;
import org.oneform.e2e.support.OneFormServer;

/**
 * Feed pull throughput (issue 6: ≥ 50,000 records/s for 1M deliveries, JSON lines and CSV). Not a test: run
 * only by {@code -Pbench -Dit.test=FeedBench} ({@code bin/oneform bench-feed}); see {@code docs/benchmarks.md}.
 *
 * <p>Starts the packaged jar once on a fresh data directory (migrations, demo city), stops it, seeds
 * {@code bench.deliveries} (1,000,000) deliveries of one department straight into its H2 file in JDBC batches
 * (realistic JSON lines: 16 resident fields, purposes, provenance), and a feed API token; starts it again and
 * pulls the whole feed over HTTP, page after page of {@code bench.limit} (10,000) by cursor, once as JSON lines
 * and once as CSV, counting records as they stream in. Reports records/s and MB/s per format.
 *
 * <p>With {@code -Dbench.baseline=<jar>} it compares two builds on the same seeded feed instead: see
 * {@link #compare}.
 */
class FeedBench {

    private static final int DELIVERIES = Integer.getInteger("bench.deliveries", 1_000_000);
    private static final int LIMIT = Integer.getInteger("bench.limit", 10_000);
    /** A jar to compare with (e.g. the code before a change): when set, the two jars take turns, round after round. */
    private static final String BASELINE = System.getProperty("bench.baseline", "");
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 2);
    private static final String DEPARTMENT = "civil-affairs";
    private static final String TOKEN = "ofd_feed-benchmark-token-" + "x".repeat(40);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void feedPullThroughput() throws Exception {
        Path dataDir = OneFormServer.freshDataDir("bench-feed");
        try {
            run(dataDir);
        } finally {
            OneFormServer.deleteRecursively(dataDir); // a million rows: about a gigabyte
        }
    }

    private void run(Path dataDir) throws Exception {
        try (OneFormServer first = OneFormServer.startOn("bench-feed-init", dataDir)) {
            first.stop();
        }
        long seedStart = System.nanoTime();
        seed(dataDir);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

        List<String> report = new ArrayList<>();
        report.add(String.format("Feed pull, %s: %,d deliveries of one department, pages of %,d, H2, cores %d; seeded in %.1f s",
                LocalDate.now(), DELIVERIES, LIMIT, Runtime.getRuntime().availableProcessors(), seedSeconds));
        if (BASELINE.isBlank()) {
            try (OneFormServer server = OneFormServer.startOn("bench-feed", dataDir)) {
                pull(server, "jsonl", 100_000); // warm-up: JIT, connection pool, H2 page cache
                for (String format : List.of("jsonl", "csv", "jsonl", "csv")) {
                    report.add(pull(server, format, DELIVERIES).line());
                }
            }
        } else {
            compare(dataDir, report);
        }
        String text = String.join("\n", report);
        System.out.println("\n" + text + "\n");
        Path out = E2e.targetDir().resolve("bench").resolve("feed.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text + "\n");
    }

    /**
     * The baseline jar and this build's jar take turns on the same data directory ({@code bench.rounds} rounds, the
     * baseline first in odd rounds, second in even ones): each is started, warmed up, pulls the whole feed as JSON
     * lines and as CSV, and is stopped. A machine loaded by others slows both alike, so the ratio of their times is
     * the figure to read; the report ends with it per format (summed over the rounds).
     */
    private void compare(Path dataDir, List<String> report) throws Exception {
        Path current = E2e.appJar();
        Path baseline = Path.of(BASELINE).toAbsolutePath();
        report.add("  comparing " + baseline + " (baseline) with " + current + " (current), " + ROUNDS + " rounds");
        java.util.Map<String, double[]> seconds = new java.util.LinkedHashMap<>(); // format -> {baseline, current}
        String before = System.getProperty("oneform.jar");
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                List<Path> order = round % 2 == 1 ? List.of(baseline, current) : List.of(current, baseline);
                for (Path jar : order) {
                    String name = jar.equals(baseline) ? "baseline" : "current";
                    System.setProperty("oneform.jar", jar.toString());
                    try (OneFormServer server = OneFormServer.startOn("bench-feed-" + name, dataDir)) {
                        pull(server, "jsonl", 100_000); // warm-up
                        for (String format : List.of("jsonl", "csv")) {
                            Pass pass = pull(server, format, DELIVERIES);
                            report.add("  round " + round + " " + String.format("%-8s", name) + pass.line());
                            seconds.computeIfAbsent(format, f -> new double[2])[name.equals("baseline") ? 0 : 1] += pass.seconds();
                        }
                    }
                }
            }
        } finally {
            if (before == null) {
                System.clearProperty("oneform.jar");
            } else {
                System.setProperty("oneform.jar", before);
            }
        }
        seconds.forEach((format, s) -> report.add(String.format("  %-5s current / baseline throughput = %.2f  "
                + "(baseline %,.0f records/s, current %,.0f records/s, over %d rounds)", format, s[0] / s[1],
                (double) DELIVERIES * ROUNDS / s[0], (double) DELIVERIES * ROUNDS / s[1], ROUNDS)));
    }

    /** One pull of the feed: its report line and how long it took. */
    private record Pass(String line, double seconds) {
    }

    /** Pulls up to {@code max} records from the start of the feed. */
    private Pass pull(OneFormServer server, String format, long max) throws Exception {
        String cursor = "";
        long records = 0;
        long bytes = 0;
        int pages = 0;
        long start = System.nanoTime();
        while (records < max) {
            var request = HttpRequest.newBuilder(URI.create(server.url("/api/feeds/v1/changes?limit=" + LIMIT + "&format="
                            + format + (cursor.isEmpty() ? "" : "&after=" + cursor))))
                    .header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(120)).GET().build();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() == 429) {
                response.body().close();
                Thread.sleep(100);
                continue;
            }
            assertThat(response.statusCode()).isEqualTo(200);
            long lines = 0;
            try (var reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8), 1 << 16)) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lines++;
                    bytes += line.length() + 1;
                }
            }
            long got = format.equals("csv") ? lines - 1 : lines;
            pages++;
            if (got == 0) {
                break;
            }
            records += got;
            cursor = response.headers().firstValue("OneForm-Next-Cursor").orElseThrow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(records).isEqualTo(Math.min(max, DELIVERIES));
        return new Pass(String.format("  %-5s %,10.0f records/s  %6.1f MB/s  (%,d records, %,d pages, %.1f s)", format,
                records / seconds, bytes / seconds / 1e6, records, pages, seconds), seconds);
    }

    /** A million deliveries of one department and a live token, straight into the stopped server's database. */
    private static void seed(Path dataDir) throws Exception {
        String url = "jdbc:h2:file:" + dataDir.resolve("h2/oneform")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        try (Connection db = DriverManager.getConnection(url, "oneform", "")) {
            db.setAutoCommit(false);
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(TOKEN.getBytes(StandardCharsets.UTF_8)));
            try (PreparedStatement token = db.prepareStatement("INSERT INTO department_token (token_hash, department, "
                    + "label, created_by, created_at) VALUES (?, ?, 'benchmark', 'bench', CURRENT_TIMESTAMP)")) {
                token.setString(1, hash);
                token.setString(2, DEPARTMENT);
                token.executeUpdate();
            }
            Instant at = Instant.parse("2026-12-01T02:00:00Z");
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO delivery (feed_seq, delivery_id, department, "
                    + "ledger_seq, submission_id, subject_id, pseudonym, change_type, fields, purposes, payload, changed_at, "
                    + "delivered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 1; i <= DELIVERIES; i++) {
                    String id = String.format("%032x", i);
                    String subject = String.format("R%08d", 1 + i % 200_000);
                    String pseudonym = "S" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(subject.getBytes(StandardCharsets.UTF_8)), 0, 12);
                    String change = i % 5 == 0 ? "created" : "updated";
                    Instant when = at.plusMillis(i * 50L);
                    insert.setLong(1, i);
                    insert.setString(2, id);
                    insert.setString(3, DEPARTMENT);
                    insert.setLong(4, i);
                    insert.setObject(5, UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8)));
                    insert.setString(6, subject);
                    insert.setString(7, pseudonym);
                    insert.setString(8, change);
                    insert.setString(9, String.join(" ", FIELDS));
                    insert.setString(10, PURPOSE);
                    insert.setString(11, payload(id, pseudonym, change, when, i));
                    insert.setTimestamp(12, Timestamp.from(when));
                    insert.setTimestamp(13, Timestamp.from(when.plusMillis(20)));
                    insert.addBatch();
                    if (i % 5_000 == 0) {
                        insert.executeBatch();
                        db.commit();
                    }
                }
                insert.executeBatch();
                db.commit();
            }
        }
    }

    private static final List<String> FIELDS = List.of("resident.name", "resident.gender", "resident.birth_date",
            "resident.id_number", "resident.ethnicity", "resident.phone", "resident.household_id", "resident.relation_to_head",
            "resident.marital_status", "resident.hukou_type", "resident.residence_status", "resident.self_care",
            "resident.assistance_status", "resident.monthly_income", "resident.emergency_contact_name",
            "resident.emergency_contact_phone");
    private static final String PURPOSE = "依据《社会救助暂行办法》《最低生活保障审核确认办法》，掌握辖区居民基本情况和社会救助对象，开展动态管理。";

    /** A JSON line shaped like DeliveryStore's: fake but realistic values for 16 fields. */
    private static String payload(String id, String pseudonym, String change, Instant at, int i) {
        String[] values = {"测试居民" + (i % 9973), i % 2 == 0 ? "male" : "female", "1960-01-" + String.format("%02d", 1 + i % 28),
                String.format("3301871960%08d", i % 100_000_000), "han", String.format("139%08d", i % 100_000_000),
                String.format("H%08d", i % 80_000), "head", "married", "agricultural", "resident", "yes", "none",
                Integer.toString(1500 + i % 3000), "测试联系人", String.format("138%08d", (i * 7) % 100_000_000)};
        StringBuilder json = new StringBuilder(900).append("{\"deliveryId\":\"").append(id).append("\",\"subject\":\"")
                .append(pseudonym).append("\",\"change\":\"").append(change).append("\",\"at\":\"").append(at)
                .append("\",\"fields\":{");
        for (int f = 0; f < FIELDS.size(); f++) {
            json.append(f == 0 ? "" : ",").append('"').append(FIELDS.get(f)).append("\":\"").append(values[f]).append('"');
        }
        json.append("},\"changed\":[\"resident.phone\"],\"collectedAt\":{");
        for (int f = 0; f < FIELDS.size(); f++) {
            json.append(f == 0 ? "" : ",").append('"').append(FIELDS.get(f)).append("\":\"").append(at).append('"');
        }
        return json.append("},\"purposes\":[\"").append(PURPOSE).append("\"],\"source\":\"apply\"}").toString();
    }
}
