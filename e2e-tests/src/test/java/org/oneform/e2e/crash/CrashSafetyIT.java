package org.oneform.e2e.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.oneform.e2e.support.E2e;
import org.oneform.e2e.support.LocalPostgres;
import org.oneform.e2e.support.NewResidents;
import org.oneform.e2e.support.OneFormServer;
import org.oneform.e2e.support.SyncClient;

import com.google.gson.JsonObject;

/**
 * Crash safety of durable intake (issue 4, item 8): several devices upload thousands of submissions with
 * retries while the server is killed with SIGKILL several times at random moments and restarted on the same
 * data directory and port. Afterwards every acknowledged submission is in the ledger exactly once (a receipt
 * with the sequence it was acknowledged with; the sequences are distinct and dense, and the ledger holds no
 * other entry), the registry has caught up, and {@code --oneform.rebuild=check} finds the projections (registry,
 * review queue) equal to a rebuild from the ledger.
 *
 * <p>Devices behave as the collector's outbox must: a batch is resent, unchanged, until the server answers it
 * (connection refused or reset, timeout, 5xx: back off and resend); an item leaves the outbox only when it is
 * {@code accepted} or a {@code duplicate}. Anything else (conflict, invalid) fails the test: the same bytes can
 * never legitimately get another answer. Tokens are in SQL, so a restart must not cost a sign-in; the test
 * counts re-sign-ins and expects none.
 *
 * <p>On H2 by default; {@code -Doneform.crash.db=pg} runs the same test on PostgreSQL ({@link LocalPostgres}: a
 * throwaway cluster with {@code fsync=on}, {@code synchronous_commit=on}, the production profile's settings), so a
 * change to the PostgreSQL ack path is checked against SIGKILL too (docs/decisions/0038-postgresql-ingest-path.md).
 *
 * <p>Seeded ({@code -Doneform.crash.seed}): the submissions and the kill points (as counts of acknowledged
 * submissions) repeat exactly; the moment within a request a kill lands does not.
 */
class CrashSafetyIT {

    private static final String DB = System.getProperty("oneform.crash.db", "h2");
    private static final long SEED = Long.getLong("oneform.crash.seed", 20261122L);
    private static final int DEVICES = 6;
    private static final int PER_DEVICE = Integer.getInteger("oneform.crash.perDevice", 1000);
    private static final int KILLS = Integer.getInteger("oneform.crash.kills", 3);
    private static final int TOTAL = DEVICES * PER_DEVICE;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);
    // a restart slower than the server's readiness timeout allows (-Doneform.e2e.ready-seconds, on a loaded
    // machine) gets as much more time here
    private static final Duration SLOW_START = OneFormServer.READY_TIMEOUT.minusSeconds(120).isNegative() ? Duration.ZERO
            : OneFormServer.READY_TIMEOUT.minusSeconds(120);
    private static final Duration DEVICE_GIVES_UP = Duration.ofSeconds(180).plus(SLOW_START);
    private static final String EQUAL = "result: the projections equal a rebuild from the ledger";
    private static final Pattern CAUGHT_UP = Pattern.compile("apply loop caught up: (\\d+) ledger entries applied, registry at sequence (\\d+)");

    private final Map<UUID, Long> acknowledged = new ConcurrentHashMap<>();
    private final AtomicLong acknowledgedCount = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong resends = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong reSignIns = new AtomicLong();
    private final AtomicLong batches = new AtomicLong();
    private volatile boolean stopDevices;

    @Test
    void everyAcknowledgedSubmissionSurvivesKill9ExactlyOnceAndTheProjectionsEqualARebuild() throws Exception {
        long started = System.nanoTime();
        Random random = new Random(SEED);
        Path dataDir = OneFormServer.freshDataDir("crash");
        LocalPostgres pg = switch (DB) {
            case "h2" -> null;
            case "pg" -> LocalPostgres.start();
            default -> throw new IllegalArgumentException("oneform.crash.db: h2 or pg, not " + DB);
        };
        List<String> args = pg == null ? List.of() : List.of("--spring.profiles.active=postgres");
        Map<String, String> env = pg == null ? Map.of() : pg.env();
        log("database: %s", pg == null ? "H2" : "PostgreSQL, " + pg);
        OneFormServer server = OneFormServer.startOn("crash", dataDir, args, env);
        boolean passed = false;
        ExecutorService pool = Executors.newFixedThreadPool(DEVICES);
        try {
            List<SyncClient> clients = new ArrayList<>();
            for (int d = 0; d < DEVICES; d++) {
                var client = new SyncClient(server::baseUrl, String.format("worker%02d", d + 1), "crash-tablet-" + d, REQUEST_TIMEOUT);
                client.signIn();
                clients.add(client);
            }
            int formVersion = clients.getFirst().newestFormVersion("resident", "{\"resident.name\":\"x\"}");
            log("%d devices x %d submissions (batches of 20-100, seed %d), resident form version %d, %d kills",
                    DEVICES, PER_DEVICE, SEED, formVersion, KILLS);

            List<Future<List<UUID>>> devices = new ArrayList<>();
            for (int d = 0; d < DEVICES; d++) {
                SyncClient client = clients.get(d);
                var residents = new NewResidents(SEED, d, client.grid(), formVersion, 0.1);
                var batchSizes = new Random(SEED * 31 + d);
                devices.add(pool.submit(() -> upload(client, residents, batchSizes)));
            }

            for (int k = 1; k <= KILLS; k++) {
                // kill k when about k/(kills+1) of the total is acknowledged, a few milliseconds into a request;
                // the server is restarted at once without waiting for it to be ready, so a kill may land
                // during start-up's replay of the ledger (uploads are answered from then on)
                long at = Math.round(TOTAL * ((double) k / (KILLS + 1) + (random.nextDouble() - 0.5) * 0.5 / (KILLS + 1)));
                long delayMs = random.nextInt(30);
                awaitAcknowledged(at, devices);
                Thread.sleep(delayMs);
                int busy = inFlight.get();
                long ackedBefore = acknowledgedCount.get();
                assertThat(ackedBefore).as("kill %d lands while uploads go on", k).isLessThan(TOTAL);
                long pid = server.pid();
                int exit = server.kill9();
                assertThat(exit).as("the exit code of a process killed by SIGKILL").isEqualTo(128 + 9);
                Matcher caughtUp = CAUGHT_UP.matcher(server.log());
                log("kill %d: SIGKILL to pid %d after %d acknowledged (+%d ms), %d uploads in flight, %s; exit code %d",
                        k, pid, ackedBefore, delayMs, busy, caughtUp.find() ? "while serving (start-up had replayed "
                                + caughtUp.group(1) + " entries)" : "during start-up's replay of the ledger", exit);
                server.launchOnSamePort();
            }
            long restart = System.nanoTime();
            server.awaitReady();
            Matcher caughtUp = CAUGHT_UP.matcher(server.awaitLog("apply loop caught up", Duration.ofSeconds(10)));
            assertThat(caughtUp.find()).isTrue();
            log("last restart: ready on port %d in %d ms; start-up replayed %s ledger entries (registry at sequence %s)",
                    server.port(), (System.nanoTime() - restart) / 1_000_000, caughtUp.group(1), caughtUp.group(2));

            Map<SyncClient, List<UUID>> mine = new ConcurrentHashMap<>();
            for (int d = 0; d < DEVICES; d++) {
                mine.put(clients.get(d), devices.get(d).get(DEVICE_GIVES_UP.toSeconds(), TimeUnit.SECONDS));
            }
            log("uploads done: %d submissions acknowledged in %d batches; %d resends, %d duplicate answers, %d re-sign-ins",
                    acknowledgedCount.get(), batches.get(), resends.get(), duplicates.get(), reSignIns.get());
            assertThat(acknowledged).hasSize(TOTAL);
            assertThat(reSignIns.get()).as("device tokens survive a crash (they are in SQL)").isZero();

            SyncClient.ApplyLoopState loop = awaitCaughtUp(server);
            log("apply loop %s: ledger at sequence %d, registry at %d", loop.status(), loop.ledgerSeq(), loop.appliedSeq());

            checkReceipts(mine, pool);
            Set<Long> seqs = new TreeSet<>(acknowledged.values());
            assertThat(seqs).as("one ledger sequence per acknowledged submission").hasSize(TOTAL);
            assertThat(Collections.min(seqs)).isEqualTo(1);
            assertThat(Collections.max(seqs)).as("dense sequences 1..n").isEqualTo(TOTAL);
            assertThat(loop.ledgerSeq()).as("the ledger holds nothing but the acknowledged submissions").isEqualTo(TOTAL);
            log("receipts: all %d acknowledged submissions present exactly once, sequences 1..%d, all applied", TOTAL, TOTAL);

            server.stop();
            String report = rebuildCheck(dataDir, args, env);
            log("rebuild check:%n%s", report.strip().indent(4).stripTrailing());
            assertThat(report).contains(EQUAL);
            passed = true;
            log("done in %d s", (System.nanoTime() - started) / 1_000_000_000);
        } finally {
            stopDevices = true;
            pool.shutdownNow();
            server.close();
            if (pg != null) {
                pg.close();
            }
            if (passed && !Boolean.getBoolean("oneform.keepData")) {
                OneFormServer.deleteRecursively(dataDir);
            } else {
                log("data directory kept: %s", dataDir);
            }
        }
    }

    /** One device's outbox: batches of 20-100, each resent unchanged until it is answered. */
    private List<UUID> upload(SyncClient client, NewResidents residents, Random batchSizes) throws Exception {
        List<UUID> ids = new ArrayList<>();
        while (ids.size() < PER_DEVICE) {
            int size = Math.min(20 + batchSizes.nextInt(81), PER_DEVICE - ids.size());
            List<JsonObject> outbox = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                outbox.add(residents.next());
            }
            String body = SyncClient.batch(outbox);
            List<SyncClient.ItemResult> results = send(client, body);
            for (int i = 0; i < size; i++) {
                SyncClient.ItemResult result = results.get(i);
                UUID id = UUID.fromString(outbox.get(i).get("id").getAsString());
                assertThat(result.id()).isEqualTo(id);
                if (!result.acknowledged()) {
                    fail("%s: item %s was not acknowledged: %s", client.username(), id, result.json());
                }
                if ("duplicate".equals(result.status())) {
                    duplicates.incrementAndGet();
                }
                Long earlier = acknowledged.putIfAbsent(id, result.seq());
                assertThat(earlier).as("%s acknowledged twice", id).isNull();
                residents.acknowledged(outbox.get(i));
                ids.add(id);
            }
            batches.incrementAndGet();
            acknowledgedCount.addAndGet(size);
        }
        return ids;
    }

    private List<SyncClient.ItemResult> send(SyncClient client, String body) throws Exception {
        long deadline = System.nanoTime() + DEVICE_GIVES_UP.toNanos();
        for (int attempt = 0; ; attempt++) {
            if (stopDevices || System.nanoTime() > deadline) {
                throw new IllegalStateException(client.username() + " gave up after " + attempt + " attempts");
            }
            if (attempt > 0) {
                resends.incrementAndGet();
                Thread.sleep(Math.min(2_000, 50L << Math.min(attempt, 6)) + ThreadLocalRandom.current().nextInt(100));
            }
            SyncClient.Answer answer;
            inFlight.incrementAndGet();
            try {
                answer = client.upload(body);
            } catch (IOException e) {
                continue; // refused, reset or timed out: the server is down or dying; send the same batch again
            } finally {
                inFlight.decrementAndGet();
            }
            if (answer.ok()) {
                return answer.results();
            }
            if (answer.status() == 401) {
                reSignIns.incrementAndGet();
                try {
                    client.signIn();
                } catch (IOException e) {
                    // still down: the next attempt backs off
                }
                continue;
            }
            if (answer.status() >= 500) {
                continue;
            }
            fail("%s: batch answered %d: %s", client.username(), answer.status(), answer.body());
        }
    }

    private void awaitAcknowledged(long count, List<Future<List<UUID>>> devices) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(150).plus(SLOW_START).toNanos();
        while (acknowledgedCount.get() < count) {
            for (Future<List<UUID>> device : devices) {
                if (device.isDone()) {
                    device.get(); // a device that failed: its failure
                }
            }
            if (System.nanoTime() > deadline) {
                fail("only %d of %d submissions acknowledged after %d s", acknowledgedCount.get(), count,
                        150 + SLOW_START.toSeconds());
            }
            Thread.sleep(5);
        }
    }

    private static SyncClient.ApplyLoopState awaitCaughtUp(OneFormServer server) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            SyncClient.ApplyLoopState state = SyncClient.applyLoop(server.baseUrl());
            assertThat(state.status()).as("the apply loop's health").isEqualTo("UP");
            if (state.appliedSeq() == state.ledgerSeq()) {
                return state;
            }
            if (System.nanoTime() > deadline) {
                fail("the registry did not catch up with the ledger within 120 s: %s", state);
            }
            Thread.sleep(200);
        }
    }

    /** Every device asks for the receipt of each of its acknowledged submissions. */
    private void checkReceipts(Map<SyncClient, List<UUID>> mine, ExecutorService pool) throws Exception {
        List<Future<?>> checks = new ArrayList<>();
        mine.forEach((client, ids) -> checks.add(pool.submit(() -> {
            for (UUID id : ids) {
                SyncClient.Receipt receipt = client.receipt(id).orElseThrow(
                        () -> new AssertionError(client.username() + ": acknowledged " + id + " has no receipt"));
                assertThat(receipt.seq()).as("receipt sequence of %s", id).isEqualTo(acknowledged.get(id));
                assertThat(receipt.applied()).as("%s applied", id).isTrue();
                assertThat(receipt.subjectId()).as("subject of %s", id).startsWith("R");
            }
            return null;
        })));
        for (Future<?> check : checks) {
            check.get(120, TimeUnit.SECONDS);
        }
    }

    /** {@code bin/oneform rebuild check} on the stopped server's data directory: its report; fails unless it exits 0. */
    private static String rebuildCheck(Path dataDir, List<String> args, Map<String, String> env) throws Exception {
        Path out = E2e.targetDir().resolve("e2e-logs").resolve("crash-rebuild-check.log");
        Files.createDirectories(out.getParent());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Xmx1g", "-jar", E2e.appJar().toString(), "--oneform.data-dir=" + dataDir,
                "--server.port=0", "--oneform.rebuild=check", "--logging.level.root=WARN"));
        command.addAll(args);
        var builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        Process process = builder.directory(dataDir.getParent().toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("the rebuild check did not finish within 180 s; output in %s", out);
        }
        String report = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("rebuild check exit code; output:%n%s", report).isZero();
        int start = report.indexOf("OneForm rebuild");
        return start < 0 ? report : report.substring(start);
    }

    private static void log(String format, Object... args) {
        System.out.printf("[crash] " + format + "%n", args);
    }
}
