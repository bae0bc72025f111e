package org.oneform.app.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.oneform.app.support.PostgresServer;
import org.oneform.forms.department.DepartmentCode;
import org.oneform.sync.feeds.DailyVolume;
import org.oneform.sync.feeds.FeedActivity;
import org.oneform.sync.feeds.FeedStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The portal's feed figures on a real PostgreSQL (the sync tests run them on H2): days counted in Asia/Shanghai,
 * the oldest open delivery, and the time of the last pull recorded without a cursor row.
 */
class FeedActivityOnPostgresTest {

    private static final DepartmentCode CIVIL = new DepartmentCode("civil-affairs");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void perDayStatusAndPullsOnPostgres() {
        var ds = PostgresServer.syncSchema("feedactivity");
        insert(ds, 1, Instant.parse("2026-12-01T15:30:00Z")); // 23:30 on Dec 1 in Shanghai
        insert(ds, 2, Instant.parse("2026-12-01T16:30:00Z")); // 00:30 on Dec 2
        insert(ds, 3, Instant.parse("2026-12-02T03:00:00Z"));
        Instant now = Instant.parse("2026-12-02T04:00:00Z");
        var activity = new FeedActivity(ds, Clock.fixed(now, ZoneOffset.UTC));

        assertThat(activity.perDay(CIVIL, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2), SHANGHAI)).containsExactly(
                new DailyVolume(LocalDate.of(2026, 12, 1), 1), new DailyVolume(LocalDate.of(2026, 12, 2), 2));
        activity.pulled(CIVIL);
        FeedStatus status = activity.status(CIVIL);
        assertThat(status).isEqualTo(new FeedStatus(3, 3, now, Instant.parse("2026-12-01T15:30:00Z"),
                Instant.parse("2026-12-02T03:00:00Z")));
    }

    private static void insert(DataSource ds, long feedSeq, Instant at) {
        new JdbcTemplate(ds).update("INSERT INTO delivery (feed_seq, delivery_id, department, ledger_seq, submission_id, "
                        + "subject_id, pseudonym, change_type, fields, purposes, payload, changed_at, delivered_at) "
                        + "VALUES (?, ?, ?, ?, ?, 'R1', 'p1', 'updated', 'resident.phone', 'test', '{}', ?, ?)",
                feedSeq, "%032d".formatted(feedSeq), CIVIL.value(), feedSeq, UUID.randomUUID(), at.atOffset(ZoneOffset.UTC),
                at.atOffset(ZoneOffset.UTC));
    }
}
