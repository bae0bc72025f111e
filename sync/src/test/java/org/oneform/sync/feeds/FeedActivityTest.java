package org.oneform.sync.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oneform.forms.department.DepartmentCode;
import org.springframework.jdbc.core.JdbcTemplate;

/** The portal's feed figures on a real H2 with the sync migrations (PostgreSQL: FeedActivityOnPostgresTest in app). */
class FeedActivityTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final DepartmentCode CIVIL = new DepartmentCode("civil-affairs");
    static final DepartmentCode POLICE = new DepartmentCode("public-security");

    @TempDir
    Path dir;

    @Test
    void statusCountsWhatIsOpenAndHowLongItWaited() {
        DataSource ds = h2();
        Instant t0 = Instant.parse("2026-12-01T02:00:00Z");
        insert(ds, 1, CIVIL, t0);
        insert(ds, 2, POLICE, t0.plusSeconds(10));
        insert(ds, 3, CIVIL, t0.plusSeconds(60));
        insert(ds, 4, CIVIL, t0.plusSeconds(120));
        var store = new JdbcTemplate(ds);
        store.update("INSERT INTO feed_cursor (department, acknowledged, updated_at) VALUES (?, 1, ?)", CIVIL.value(),
                t0.atOffset(ZoneOffset.UTC));
        Clock clock = Clock.fixed(t0.plusSeconds(3600), ZoneOffset.UTC);
        var activity = new FeedActivity(ds, clock);

        FeedStatus civil = activity.status(CIVIL);
        assertThat(civil.delivered()).isEqualTo(3);
        assertThat(civil.unacknowledged()).isEqualTo(2);
        assertThat(civil.oldestUnacknowledgedAt()).isEqualTo(t0.plusSeconds(60));
        assertThat(civil.lastDeliveredAt()).isEqualTo(t0.plusSeconds(120));
        assertThat(civil.lastPullAt()).isNull();
        assertThat(civil.lag(clock.instant())).contains(Duration.ofSeconds(3540));

        activity.pulled(CIVIL);
        activity.pulled(POLICE); // no cursor row yet: created, acknowledging nothing
        assertThat(activity.status(CIVIL).lastPullAt()).isEqualTo(clock.instant());
        FeedStatus police = activity.status(POLICE);
        assertThat(police.lastPullAt()).isEqualTo(clock.instant());
        assertThat(police.unacknowledged()).isEqualTo(1);

        store.update("UPDATE feed_cursor SET acknowledged = 4 WHERE department = ?", CIVIL.value());
        assertThat(activity.status(CIVIL).lag(clock.instant())).isEmpty();
        assertThat(activity.status(new DepartmentCode("health"))).isEqualTo(new FeedStatus(0, 0, null, null, null));
    }

    @Test
    void volumePerDayUsesTheZonesDaysAndListsEmptyDays() {
        DataSource ds = h2();
        insert(ds, 1, CIVIL, Instant.parse("2026-12-01T15:30:00Z")); // 23:30 on Dec 1 in Shanghai
        insert(ds, 2, CIVIL, Instant.parse("2026-12-01T16:30:00Z")); // 00:30 on Dec 2
        insert(ds, 3, CIVIL, Instant.parse("2026-12-02T03:00:00Z"));
        insert(ds, 4, POLICE, Instant.parse("2026-12-02T03:00:00Z"));
        insert(ds, 5, CIVIL, Instant.parse("2026-11-20T03:00:00Z")); // before the window
        var activity = new FeedActivity(ds, Clock.systemUTC());

        assertThat(activity.perDay(CIVIL, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 3), SHANGHAI)).containsExactly(
                new DailyVolume(LocalDate.of(2026, 11, 30), 0), new DailyVolume(LocalDate.of(2026, 12, 1), 1),
                new DailyVolume(LocalDate.of(2026, 12, 2), 2), new DailyVolume(LocalDate.of(2026, 12, 3), 0));
        assertThatThrownBy(() -> activity.perDay(CIVIL, LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 1), SHANGHAI))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private DataSource h2() {
        var h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve("h2/test") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration/sync").load().migrate();
        return h2;
    }

    /** A delivery row as the store writes it; only the columns the figures read matter. */
    static void insert(DataSource ds, long feedSeq, DepartmentCode department, Instant at) {
        new JdbcTemplate(ds).update("INSERT INTO delivery (feed_seq, delivery_id, department, ledger_seq, submission_id, "
                        + "subject_id, pseudonym, change_type, fields, purposes, payload, changed_at, delivered_at) "
                        + "VALUES (?, ?, ?, ?, ?, 'R1', 'p1', 'updated', 'resident.phone', 'test', '{}', ?, ?)",
                feedSeq, "%032d".formatted(feedSeq), department.value(), feedSeq, UUID.randomUUID(),
                at.atOffset(ZoneOffset.UTC), at.atOffset(ZoneOffset.UTC));
    }
}
