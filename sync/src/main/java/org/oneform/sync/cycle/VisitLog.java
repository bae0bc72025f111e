package org.oneform.sync.cycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
        List<Object[]> rows = new ArrayList<>();
        for (AppliedChange c : changes) {
            if (existing.add(c.seq() + "/" + c.record().id().value())) {
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
        return jdbc.query("SELECT " + COLUMNS + " FROM visit_log WHERE received_at >= ? AND received_at < ? "
                        + "AND (to_grid = ? OR to_grid LIKE ? OR from_grid = ? OR from_grid LIKE ?) ORDER BY seq",
                VisitLog::visit, from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC),
                scope.value(), prefix, scope.value(), prefix);
    }

    /** The last sequence the log holds (0 when empty). */
    public long lastSeq() {
        Long max = jdbc.queryForObject("SELECT MAX(seq) FROM visit_log", Long.class);
        return max == null ? 0 : max;
    }

    private static Visit visit(ResultSet rs, int row) throws SQLException {
        String from = rs.getString("from_grid");
        return new Visit(rs.getLong("seq"), rs.getObject("submission_id", UUID.class),
                new SubjectId(rs.getString("subject_id")), SubjectType.ofKey(rs.getString("subject_type")),
                ChangeType.valueOf(rs.getString("change_type").toUpperCase(Locale.ROOT)),
                from == null ? null : new AreaId(from), new AreaId(rs.getString("to_grid")), rs.getString("username"),
                rs.getObject("received_at", OffsetDateTime.class).toInstant());
    }
}
