package org.oneform.app.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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
import org.oneform.app.support.PostgresServer;
import org.oneform.forms.department.DepartmentCode;
import org.oneform.sync.feeds.Delivery;
import org.oneform.sync.feeds.DeliveryChange;
import org.oneform.sync.feeds.DeliveryStore;
import org.oneform.sync.registry.SubjectId;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * On PostgreSQL the apply loop's delivery rows go in by COPY (docs/decisions/0043-apply-loop-cpu-and-the-ack-tail.md),
 * on H2 as inserts: the same deliveries must read back the same from both — feed lines byte for byte, the delivery
 * ledger row for row — however awkward the values (tabs, line breaks, backslashes, quotes, Chinese), and a replay of
 * the step must add nothing.
 */
class DeliveryStoreOnPostgresTest {

    private static final DepartmentCode CIVIL = new DepartmentCode("civil-affairs");
    private static final DepartmentCode HEALTH = new DepartmentCode("health");
    private static final Instant AT = Instant.parse("2026-12-03T08:15:30.123456Z");

    @TempDir
    Path dir;

    @Test
    void copiedRowsReadBackAsTheInsertedOnesDo() throws Exception {
        DataSource pg = PostgresServer.syncSchema("deliverycopy");
        var h2 = new JdbcDataSource();
        Files.createDirectories(dir.resolve("h2"));
        h2.setURL("jdbc:h2:file:" + dir.resolve("h2/test") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration/sync").load().migrate();
        Clock clock = Clock.fixed(Instant.parse("2026-12-03T08:16:00.654321Z"), ZoneOffset.UTC);
        var onPostgres = new DeliveryStore(pg, new DataSourceTransactionManager(pg), clock);
        var onH2 = new DeliveryStore(h2, new DataSourceTransactionManager(h2), clock);

        List<Delivery> step = step();
        assertThat(onPostgres.write(step)).isEqualTo(step.size());
        assertThat(onH2.write(step)).isEqualTo(step.size());

        for (DepartmentCode department : List.of(CIVIL, HEALTH)) {
            assertThat(onPostgres.after(department, 0, 1_000)).isNotEmpty().isEqualTo(onH2.after(department, 0, 1_000));
            assertThat(onPostgres.ledger(department, null, null, 1_000)).isEqualTo(onH2.ledger(department, null, null, 1_000));
        }
        assertThat(onPostgres.after(CIVIL, 0, 1_000).getFirst().json())
                .contains("\\t", "\\n", "\\\\", "\\\"", "张三\\\\李四");

        // the replay after a crash between these rows and the registry's store: nothing new, nothing doubled
        var reopened = new DeliveryStore(pg, new DataSourceTransactionManager(pg), clock);
        assertThat(reopened.write(step)).isZero();
        assertThat(reopened.after(CIVIL, 0, 1_000)).hasSize(step.size() / 2);
    }

    private static List<Delivery> step() {
        List<Delivery> step = new ArrayList<>();
        for (long seq = 1; seq <= 300; seq++) {
            UUID submission = UUID.nameUUIDFromBytes(Long.toString(seq).getBytes());
            SubjectId subject = new SubjectId("R%08d".formatted(seq));
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("resident.name", "张三\\李四\t" + seq);
            fields.put("resident.note", "line one\nline two\r\n\"quoted\" 'single' \\N tab\there");
            fields.put("resident.phone", "139" + "%08d".formatted(seq));
            Map<String, Instant> collected = new LinkedHashMap<>();
            fields.keySet().forEach(f -> collected.put(f, AT.minusSeconds(60)));
            for (DepartmentCode department : List.of(CIVIL, HEALTH)) {
                step.add(new Delivery("%012x".formatted(seq) + department.value().substring(0, 4) + "%016d".formatted(seq), department,
                        seq, submission, subject, "S" + department.value().charAt(0) + seq, DeliveryChange.CREATED, fields,
                        new LinkedHashSet<>(fields.keySet()), collected, List.of("人口登记\t统计", "back\\slash"), AT));
            }
        }
        return step;
    }
}
