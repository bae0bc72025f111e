package org.oneform.sync.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.AreaId;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The appender reads which ids it has before taking its lock and completes the answer from what it committed
 * since (docs/decisions/0038-postgresql-ingest-path.md): devices resending the same batches at the same time must
 * still get every id stored once, the same sequence for the same id, and a conflict for changed content.
 */
class IntakeLedgerConcurrentAppendTest {

    private static final Uploader WORKER = new Uploader("worker01", "tablet-1", Set.of(new AreaId("g1")));
    private static final Instant AT = Instant.parse("2026-12-03T08:00:00Z");

    @TempDir
    Path dir;
    JdbcDataSource h2;
    IntakeLedger ledger;

    @BeforeEach
    void open() {
        h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve("h2/test") + ";WRITE_DELAY=0;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration/sync").load().migrate();
        ledger = new IntakeLedger(h2, new DataSourceTransactionManager(h2));
    }

    private static IntakeLedger.Pending pending(UUID id, String hash) {
        var submission = new Submission(id, SubjectType.RESIDENT, 1, null, new AreaId("g1"), null,
                Map.of("resident.name", "测试" + hash), Map.of(), AT);
        // content hashes are SHA-256 hex, 64 characters, as the ledger's CHAR(64) column keeps them
        return new IntakeLedger.Pending(submission, WORKER, org.oneform.sync.intake.internal.Canonical.sha256(hash), "{\"id\":\"" + id + "\"}", Map.of("resident.name", "测试" + hash));
    }

    @Test
    void overlappingBatchesSentAtOnceStoreEveryIdOnceWithOneSequence() throws Exception {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            ids.add(UUID.nameUUIDFromBytes(("s" + i).getBytes()));
        }
        int devices = 6;
        Map<UUID, Set<Long>> answered = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(devices);
        var start = new CountDownLatch(1);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int d = 0; d < devices; d++) {
                int device = d;
                sent.add(pool.submit(() -> {
                    start.await();
                    // every device sends overlapping windows of the same ids, in a different order
                    for (int from = device * 7; from < ids.size(); from += 50) {
                        List<IntakeLedger.Pending> batch = new ArrayList<>();
                        for (UUID id : ids.subList(from, Math.min(ids.size(), from + 100))) {
                            batch.add(pending(id, "h-" + id));
                        }
                        for (ItemResult result : ledger.append(batch, AT)) {
                            long seq = switch (result) {
                                case ItemResult.Accepted a -> a.seq();
                                case ItemResult.Duplicate dup -> dup.seq();
                                default -> throw new AssertionError("same content, yet " + result);
                            };
                            answered.computeIfAbsent(result.id(), k -> ConcurrentHashMap.newKeySet()).add(seq);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : sent) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        long stored = ledger.count();
        Set<Long> seqs = new TreeSet<>();
        answered.forEach((id, s) -> {
            assertThat(s).as("one sequence for %s however often it was sent", id).hasSize(1);
            seqs.addAll(s);
        });
        assertThat(stored).as("each id stored once").isEqualTo(answered.size());
        assertThat(seqs).as("dense sequences").hasSize(answered.size()).first().isEqualTo(1L);
        assertThat(ledger.lastSeq()).isEqualTo(stored);
        Map<UUID, Long> inSql = new HashMap<>();
        ledger.find(answered.keySet()).forEach((id, s) -> inSql.put(id, s.seq()));
        answered.forEach((id, s) -> assertThat(inSql.get(id)).isEqualTo(s.iterator().next()));
    }

    @Test
    void changedContentUnderAnIdJustAppendedIsAConflictAndTheOriginalStays() {
        UUID id = UUID.randomUUID();
        assertThat(ledger.append(List.of(pending(id, "first")), AT).getFirst()).isInstanceOf(ItemResult.Accepted.class);
        // answered from the appender's memory of what it committed, and from SQL by a fresh appender
        assertThat(ledger.append(List.of(pending(id, "second")), AT).getFirst()).isInstanceOf(ItemResult.Conflict.class);
        var reopened = new IntakeLedger(h2, new DataSourceTransactionManager(h2));
        assertThat(reopened.append(List.of(pending(id, "second")), AT).getFirst()).isInstanceOf(ItemResult.Conflict.class);
        assertThat(reopened.append(List.of(pending(id, "first")), AT).getFirst()).isInstanceOf(ItemResult.Duplicate.class);
        assertThat(ledger.count()).isEqualTo(1);
    }

    @Test
    void refusesToAppendInsideACallersTransaction() {
        var tx = new TransactionTemplate(new DataSourceTransactionManager(h2));
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> ledger.append(List.of(pending(UUID.randomUUID(), "x")), AT)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(ledger.count()).isZero();
    }

    /**
     * Intake looks the batch's ids up once, before validating, and hands that answer to the append: an id another
     * batch appended after the look-up must still come back as a duplicate (with the first sequence) or a conflict,
     * never be stored twice (docs/decisions/0043-apply-loop-cpu-and-the-ack-tail.md).
     */
    @Test
    void aLookUpTakenBeforeAnotherBatchAppendedTheSameIdIsCompletedUnderTheLock() {
        UUID same = UUID.randomUUID();
        UUID changed = UUID.randomUUID();
        UUID fresh = UUID.randomUUID();
        IntakeLedger.LookUp early = ledger.lookUp(List.of(same, changed, fresh));
        assertThat(early.found()).isEmpty();
        List<ItemResult> meanwhile = ledger.append(List.of(pending(same, "a"), pending(changed, "b")), AT);

        List<ItemResult> late = ledger.append(List.of(pending(same, "a"), pending(changed, "other"), pending(fresh, "c")), AT, early);

        assertThat(late.get(0)).isEqualTo(new ItemResult.Duplicate(same, ((ItemResult.Accepted) meanwhile.get(0)).seq(), AT));
        assertThat(late.get(1)).isInstanceOf(ItemResult.Conflict.class);
        assertThat(late.get(2)).isEqualTo(new ItemResult.Accepted(fresh, 3, AT));
        assertThat(ledger.count()).isEqualTo(3);
        // and a look-up that already saw them answers from it, without the appender's memory (a fresh appender)
        var reopened = new IntakeLedger(h2, new DataSourceTransactionManager(h2));
        IntakeLedger.LookUp seen = reopened.lookUp(List.of(same, fresh));
        assertThat(seen.found()).containsOnlyKeys(same, fresh);
        assertThat(reopened.append(List.of(pending(fresh, "c")), AT, seen)).containsExactly(new ItemResult.Duplicate(fresh, 3, AT));
        assertThat(reopened.count()).isEqualTo(3);
    }
}
