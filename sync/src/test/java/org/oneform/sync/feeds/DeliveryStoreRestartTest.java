package org.oneform.sync.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oneform.forms.department.DepartmentCode;
import org.oneform.sync.feeds.internal.Pseudonyms;
import org.oneform.sync.registry.SubjectId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * A start reads how far deliveries were written from {@code delivery_progress} (one row), not from a scan of every
 * delivery; a replay after the restart (a crash between the deliveries' commit and the registry's store) must still
 * recognise the deliveries it already wrote, however the row was reached: written by the store, or set by the
 * migration from the deliveries a database already held.
 */
class DeliveryStoreRestartTest {

    private static final DepartmentCode CIVIL = new DepartmentCode("civil");
    private static final DepartmentCode HEALTH = new DepartmentCode("health");

    @TempDir
    Path dir;

    @Test
    void aReplayAfterARestartWritesNoSecondDelivery() {
        DataSource db = database("restart");
        List<Delivery> step1 = step(1, 3);
        List<Delivery> step2 = step(4, 6);
        assertThat(store(db).write(step1)).isEqualTo(6);
        DeliveryStore beforeCrash = store(db);
        assertThat(beforeCrash.write(step2)).isEqualTo(6);
        assertThat(progress(db)).isEqualTo(6);

        // the registry stored only step 1: the restarted loop replays step 2 and goes on with step 3
        DeliveryStore restarted = store(db);
        assertThat(restarted.write(step2)).as("replayed step").isZero();
        assertThat(restarted.write(step(7, 8))).isEqualTo(4);
        assertThat(new JdbcTemplate(db).queryForObject("SELECT COUNT(*) FROM delivery", Integer.class)).isEqualTo(16);
        assertThat(progress(db)).isEqualTo(8);
    }

    @Test
    void theMigrationStartsTheProgressAtTheDeliveriesADatabaseAlreadyHeld() {
        DataSource db = dataSource("upgrade");
        // a database of the release before: deliveries, no progress row yet
        Flyway.configure().dataSource(db).locations("classpath:db/migration/sync").target("202612030501").load().migrate();
        List<Delivery> before = step(1, 5);
        var jdbc = new JdbcTemplate(db);
        long feedSeq = 0;
        for (Delivery d : before) {
            jdbc.update("INSERT INTO delivery (feed_seq, delivery_id, department, ledger_seq, submission_id, subject_id, "
                    + "pseudonym, change_type, fields, purposes, payload, changed_at, delivered_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, 'created', 'resident.name', '', '{}', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                    ++feedSeq, d.id(), d.department().value(), d.seq(), d.submission(), d.subject().value(), d.pseudonym());
        }
        Flyway.configure().dataSource(db).locations("classpath:db/migration/sync").load().migrate();
        assertThat(progress(db)).isEqualTo(5);

        DeliveryStore store = store(db);
        assertThat(store.write(step(4, 6))).as("4 and 5 exist, 6 is new").isEqualTo(2);
        assertThat(progress(db)).isEqualTo(6);
    }

    private DataSource database(String name) {
        DataSource db = dataSource(name);
        Flyway.configure().dataSource(db).locations("classpath:db/migration/sync").load().migrate();
        return db;
    }

    private DataSource dataSource(String name) {
        var h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve(name) + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        return h2;
    }

    private static DeliveryStore store(DataSource db) {
        return new DeliveryStore(db, new DataSourceTransactionManager(db), Clock.systemUTC());
    }

    private static long progress(DataSource db) {
        return new JdbcTemplate(db).queryForObject("SELECT last_ledger_seq FROM delivery_progress WHERE id = 1", Long.class);
    }

    /** One delivery per department for each ledger sequence from {@code from} to {@code to}. */
    private static List<Delivery> step(long from, long to) {
        List<Delivery> deliveries = new ArrayList<>();
        for (long seq = from; seq <= to; seq++) {
            UUID submission = new UUID(42, seq);
            SubjectId subject = new SubjectId("R%08d".formatted(seq));
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("resident.name", "测试" + seq);
            Map<String, Instant> collected = Map.of("resident.name", Instant.parse("2026-12-03T00:00:00Z"));
            for (DepartmentCode d : List.of(CIVIL, HEALTH)) {
                deliveries.add(new Delivery(Pseudonyms.deliveryId(seq, submission.toString(), d, subject), d, seq, submission,
                        subject, "p" + d.value() + seq, DeliveryChange.CREATED, fields, new LinkedHashSet<>(fields.keySet()),
                        collected, List.of("人口登记"), Instant.parse("2026-12-03T00:00:00Z")));
            }
        }
        return deliveries;
    }
}
