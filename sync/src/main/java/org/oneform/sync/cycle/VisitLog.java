package org.oneform.sync.cycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.apply.AppliedChange;
import org.oneform.sync.apply.ChangeListener;
import org.oneform.sync.apply.ChangeType;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.SubjectId;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The visit log in SQL: told by the apply loop about every applied step (before the registry stores it),
 * it writes one row per changed record, skipping rows it already has, so a replayed step writes nothing
 * twice. Cycles read visits and mid-cycle arrivals and departures from it. See {@code
 * docs/decisions/0010-collection-cycles-computed-expectation.md}.
 */
public final class VisitLog implements ChangeListener {

    private static final String COLUMNS =
            "seq, submission_id, subject_id, subject_type, change_type, from_grid, to_grid, username, received_at";

    private final JdbcTemplate jdbc;

    public VisitLog(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public void applied(List<AppliedChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        long min = changes.stream().mapToLong(AppliedChange::seq).min().orElseThrow();
        long max = changes.stream().mapToLong(AppliedChange::seq).max().orElseThrow();
        Set<String> existing = new HashSet<>(jdbc.queryForList(
                "SELECT CONCAT(CAST(seq AS VARCHAR), '/', subject_id) FROM visit_log WHERE seq BETWEEN ? AND ?",
                String.class, min, max));
        // a supervisor's merge of two records is no visit: neither the absorbed record nor the survivor gets a row
        Set<java.util.UUID> merges = new HashSet<>();
        changes.stream().filter(c -> c.type() == ChangeType.ABSORBED).forEach(c -> merges.add(c.submissionId()));
        // nor is any other review decision (choosing a conflict's value): it is the supervisor's, not a worker's visit
        Set<Long> decisions = new HashSet<>(jdbc.queryForList(
                "SELECT seq FROM intake_ledger WHERE seq BETWEEN ? AND ? AND kind = 'review_decision'", Long.class, min, max));
        List<Object[]> rows = new ArrayList<>();
        for (AppliedChange c : changes) {
            if (!merges.contains(c.submissionId()) && !decisions.contains(c.seq())
                    && existing.add(c.seq() + "/" + c.record().id().value())) {
                rows.add(new Object[] {c.seq(), c.submissionId(), c.record().id().value(), c.record().type().key(),
                        c.type().name().toLowerCase(Locale.ROOT), c.previous() == null ? null : c.previous().grid().value(),
                        c.record().grid().value(), c.username(), c.at().atOffset(ZoneOffset.UTC)});
            }
        }
        write(rows);
    }

    /** Writes visits as they are (for benchmarks and tests that build a history without the apply loop). */
    public void record(List<Visit> visits) {
        write(visits.stream().map(v -> new Object[] {v.seq(), v.submissionId(), v.subject().value(), v.type().key(),
                v.change().name().toLowerCase(Locale.ROOT), v.fromGrid() == null ? null : v.fromGrid().value(),
                v.toGrid().value(), v.worker(), v.at().atOffset(ZoneOffset.UTC)}).toList());
    }

    private void write(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO visit_log (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        }
    }

    /**
     * The visits received in {@code [from, to)} that left a record in {@code scope} or took one out of it,
     * in sequence order.
     */
    public List<Visit> within(AreaId scope, Instant from, Instant to) {
        String prefix = scope.value() + ".%";
        Map<String, AreaId> grids = new HashMap<>(); // a street has hundreds of grids and many thousand rows
        return jdbc.query("SELECT " + COLUMNS + " FROM visit_log WHERE received_at >= ? AND received_at < ? "
                        + "AND (to_grid = ? OR to_grid LIKE ? OR from_grid = ? OR from_grid LIKE ?) ORDER BY seq",
                (rs, row) -> visit(rs, grids), from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC),
                scope.value(), prefix, scope.value(), prefix);
    }

    /**
     * Worker activity in {@code scope} over {@code [from, to)}, counted in SQL: per worker and day (in
     * {@code zone}), the distinct submissions that left a record in the scope, and the last receipt time.
     * Splits are supervisors' decisions, not counted. Workers in {@code workers} without any are included.
     */
    public List<WorkerActivity> activity(AreaId scope, Instant from, Instant to, ZoneId zone, Set<String> workers) {
        int offset = zone.getRules().getOffset(to).getTotalSeconds();
        Map<String, Map<LocalDate, Integer>> days = new TreeMap<>();
        Map<String, Instant> last = new HashMap<>();
        workers.forEach(w -> days.put(w, new TreeMap<>()));
        jdbc.query("SELECT username, bucket, COUNT(DISTINCT submission_id) AS n, MAX(received_at) AS last_at FROM ("
                        + "SELECT username, submission_id, received_at, (CAST(EXTRACT(EPOCH FROM received_at) AS BIGINT) + ?) / 86400 AS bucket "
                        + "FROM visit_log WHERE received_at >= ? AND received_at < ? AND change_type <> 'split' "
                        + "AND (to_grid = ? OR to_grid LIKE ?)) v GROUP BY username, bucket",
                rs -> {
                    String worker = rs.getString("username");
                    days.computeIfAbsent(worker, w -> new TreeMap<>())
                            .put(LocalDate.ofEpochDay(rs.getLong("bucket")), rs.getInt("n"));
                    Instant at = rs.getObject("last_at", OffsetDateTime.class).toInstant();
                    last.merge(worker, at, (a, b) -> a.isAfter(b) ? a : b);
                }, offset, from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC), scope.value(), scope.value() + ".%");
        List<WorkerActivity> activity = new ArrayList<>();
        days.forEach((worker, perDay) -> activity.add(new WorkerActivity(worker, last.get(worker), perDay)));
        return activity;
    }

    /** The last sequence the log holds (0 when empty). */
    public long lastSeq() {
        Long max = jdbc.queryForObject("SELECT MAX(seq) FROM visit_log", Long.class);
        return max == null ? 0 : max;
    }

    private static Visit visit(ResultSet rs, Map<String, AreaId> grids) throws SQLException {
        String from = rs.getString("from_grid");
        return new Visit(rs.getLong("seq"), rs.getObject("submission_id", UUID.class),
                new SubjectId(rs.getString("subject_id")), SubjectType.ofKey(rs.getString("subject_type")),
                ChangeType.valueOf(rs.getString("change_type").toUpperCase(Locale.ROOT)),
                from == null ? null : grids.computeIfAbsent(from, AreaId::new),
                grids.computeIfAbsent(rs.getString("to_grid"), AreaId::new), rs.getString("username"),
                rs.getObject("received_at", OffsetDateTime.class).toInstant());
    }
}
