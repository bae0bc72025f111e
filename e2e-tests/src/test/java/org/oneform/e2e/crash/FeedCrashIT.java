package org.oneform.e2e.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.oneform.e2e.support.NewResidents;
import org.oneform.e2e.support.OneFormServer;
import org.oneform.e2e.support.SyncClient;

import com.google.gson.JsonObject;

/**
 * Crash safety of department feeds (issue 6): a tablet's submissions are acknowledged, and while the apply loop
 * fans them out to the departments the server is killed with SIGKILL, three times, each time part-way through
 * the backlog, and restarted on the same data directory. Afterwards every submission has exactly one delivery
 * per department that asks for every resident (民政, 卫健, 公安), each under its stable id
 * (submission × department × subject, the id the department sees in its JSON line), and no delivery anywhere
 * twice. Read from the stopped server's H2 file, so nothing in the server can hide a duplicate.
 */
class FeedCrashIT {

    private static final int SUBMISSIONS = Integer.getInteger("oneform.feedCrash.submissions", 1500);
    private static final int KILLS = 3;
    private static final List<String> EVERY_RESIDENT = List.of("civil-affairs", "health", "public-security");

    @Test
    void everyDeliverySurvivesKill9DuringFanOutExactlyOnceWithItsStableId() throws Exception {
        Path dataDir = OneFormServer.freshDataDir("feed-crash");
        OneFormServer server = OneFormServer.startOn("feed-crash", dataDir);
        boolean passed = false;
        try {
            var tablet = new SyncClient(server::baseUrl, "worker01", "feed-crash-tablet", Duration.ofSeconds(20));
            tablet.signIn();
            int version = tablet.newestFormVersion("resident", "{\"resident.name\":\"x\"}");
            var residents = new NewResidents(20261203L, 7, tablet.grid(), version, 0.0);
            List<UUID> sent = new ArrayList<>();
            long lastSeq = 0;
            int kills = 0;
            for (int round = 1; round <= KILLS; round++) {
                // a round of submissions, acknowledged at once; the apply loop fans them out at its own pace
                long before = lastSeq;
                while (sent.size() < SUBMISSIONS * round / KILLS) {
                    List<JsonObject> batch = new ArrayList<>();
                    for (int i = 0; i < 100; i++) {
                        batch.add(residents.next());
                    }
                    var answer = tablet.upload(SyncClient.batch(batch));
                    assertThat(answer.ok()).as(answer.body()).isTrue();
                    for (SyncClient.ItemResult result : answer.results()) {
                        assertThat(result.status()).isEqualTo("accepted");
                        sent.add(result.id());
                        lastSeq = Math.max(lastSeq, result.seq());
                    }
                }
                // kill while the loop is part-way through the round: it fans out every step before storing it
                long applied = awaitApplied(server, before + (lastSeq - before) * (round + 1) / (KILLS + 2));
                if (applied >= lastSeq) {
                    log("round %d: the apply loop outran the kill (at %d of %d)", round, applied, lastSeq);
                    continue;
                }
                int exit = server.kill9();
                assertThat(exit).isEqualTo(128 + 9);
                kills++;
                log("kill %d: SIGKILL with the apply loop at %d of %d", round, applied, lastSeq);
                server.restartOnSamePort();
            }
            assertThat(kills).as("at least one kill landed during fan-out").isPositive();
            awaitApplied(server, lastSeq);

            Map<UUID, String> subjects = new HashMap<>();
            Map<String, Long> seqs = new HashMap<>();
            for (UUID id : sent) {
                var receipt = tablet.receipt(id).orElseThrow();
                assertThat(receipt.applied()).isTrue();
                subjects.put(id, receipt.subjectId());
                seqs.put(id.toString(), receipt.seq());
            }
            server.stop();

            Map<String, Integer> seen = new HashMap<>();
            Map<String, String> byKey = new LinkedHashMap<>();
            try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("h2/oneform")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "oneform", "");
                 ResultSet rs = db.createStatement().executeQuery(
                         "SELECT delivery_id, department, submission_id, subject_id, payload FROM delivery")) {
                while (rs.next()) {
                    String id = rs.getString(1).strip();
                    String department = rs.getString(2);
                    String submission = rs.getString(3);
                    String subject = rs.getString(4);
                    String key = submission + "/" + department + "/" + subject;
                    assertThat(seen.merge(key, 1, Integer::sum)).as("one delivery of %s", key).isOne();
                    assertThat(id).as("the stable id of %s", key)
                            .isEqualTo(stableId(seqs.getOrDefault(submission, -1L), submission, department, subject));
                    assertThat(rs.getString(5)).contains("\"deliveryId\":\"" + id + "\"");
                    byKey.put(key, id);
                }
            }
            for (UUID submission : sent) {
                for (String department : EVERY_RESIDENT) {
                    String key = submission + "/" + department + "/" + subjects.get(submission);
                    assertThat(byKey).as("%s received %s", department, submission).containsKey(key);
                }
            }
            log("deliveries: %d in all, each once under its stable id; %d submissions x %d departments all present",
                    byKey.size(), sent.size(), EVERY_RESIDENT.size());
            passed = true;
        } finally {
            server.close();
            if (passed) {
                OneFormServer.deleteRecursively(dataDir);
            } else {
                log("data directory kept: %s", dataDir);
            }
        }
    }

    /**
     * The id decision 0007 derives: the submission's ledger sequence in 12 hex digits, then the first 10 bytes of
     * SHA-256(submission NUL department NUL subject) in hex.
     */
    private static String stableId(long seq, String submission, String department, String subject) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest((submission + "\u0000" + department + "\u0000" + subject)
                .getBytes(StandardCharsets.UTF_8));
        return "%012x".formatted(seq) + HexFormat.of().formatHex(hash, 0, 10);
    }

    private static long awaitApplied(OneFormServer server, long target) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (true) {
            long applied = SyncClient.applyLoop(server.baseUrl()).appliedSeq();
            if (applied >= target) {
                return applied;
            }
            assertThat(System.nanoTime()).as("the apply loop reaches %d (at %d)", target, applied).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static void log(String format, Object... args) {
        System.out.println("[feed-crash] " + String.format(format, args));
    }
}
