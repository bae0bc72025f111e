package org.oneform.sync.feeds;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.oneform.forms.department.DepartmentCode;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A department's feed as its portal shows it: volume, what it has not acknowledged, its lag, when it last pulled
 * and how many deliveries it was given per day. Reads the {@code delivery} and {@code feed_cursor} tables the
 * {@link DeliveryStore} writes; records the time of each pull, which nothing else needs.
 */
public final class FeedActivity {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public FeedActivity(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
    }

    /** The department has just pulled a page of its feed. */
    public void pulled(DepartmentCode department) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int updated = jdbc.update("UPDATE feed_cursor SET last_pull_at = ? WHERE department = ?", now, department.value());
        if (updated == 0) {
            try {
                jdbc.update("INSERT INTO feed_cursor (department, acknowledged, last_pull_at, updated_at) VALUES (?, 0, ?, ?)",
                        department.value(), now, now);
            } catch (org.springframework.dao.DuplicateKeyException raced) {
                // a concurrent pull or acknowledgement created the row meanwhile: set the time on it
                jdbc.update("UPDATE feed_cursor SET last_pull_at = ? WHERE department = ?", now, department.value());
            }
        }
    }

    public FeedStatus status(DepartmentCode department) {
        String d = department.value();
        long[] acknowledged = {0};
        Instant[] lastPull = {null};
        jdbc.query("SELECT acknowledged, last_pull_at FROM feed_cursor WHERE department = ?", rs -> {
            acknowledged[0] = rs.getLong(1);
            OffsetDateTime at = rs.getObject(2, OffsetDateTime.class);
            lastPull[0] = at == null ? null : at.toInstant();
        }, d);
        long total = count("SELECT COUNT(*) FROM delivery WHERE department = ?", d);
        long open = count("SELECT COUNT(*) FROM delivery WHERE department = ? AND feed_seq > ?", d, acknowledged[0]);
        // ordered like the department's index, so both read one row of it
        Instant oldestOpen = first("SELECT delivered_at FROM delivery WHERE department = ? AND feed_seq > ? "
                + "ORDER BY department, feed_seq LIMIT 1", d, acknowledged[0]);
        Instant newest = first("SELECT delivered_at FROM delivery WHERE department = ? "
                + "ORDER BY department DESC, feed_seq DESC LIMIT 1", d);
        return new FeedStatus(total, open, lastPull[0], oldestOpen, newest);
    }

    /**
     * Deliveries per day from {@code from} to {@code to} inclusive, days in {@code zone}, every day listed (zero
     * when none). Counted in SQL over the department's deliveries of those days.
     */
    public List<DailyVolume> perDay(DepartmentCode department, LocalDate from, LocalDate to, ZoneId zone) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        // one offset for the window: right for zones without daylight saving, such as Asia/Shanghai
        int offset = zone.getRules().getOffset(end).getTotalSeconds();
        Map<LocalDate, Long> counted = new TreeMap<>();
        jdbc.query("SELECT bucket, COUNT(*) AS n FROM (SELECT (CAST(EXTRACT(EPOCH FROM delivered_at) AS BIGINT) + ?) / 86400 "
                        + "AS bucket FROM delivery WHERE department = ? AND delivered_at >= ? AND delivered_at < ?) v GROUP BY bucket",
                rs -> {
                    counted.put(LocalDate.ofEpochDay(rs.getLong("bucket")), rs.getLong("n"));
                }, offset, department.value(), start.atOffset(ZoneOffset.UTC), end.atOffset(ZoneOffset.UTC));
        List<DailyVolume> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(new DailyVolume(day, counted.getOrDefault(day, 0L)));
        }
        return days;
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    private Instant first(String sql, Object... args) {
        return jdbc.queryForList(sql, OffsetDateTime.class, args).stream().findFirst().map(OffsetDateTime::toInstant)
                .orElse(null);
    }
}
