package org.oneform.sync.feeds;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.oneform.forms.department.DepartmentCode;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The deliveries in SQL: written by one writer (the apply loop), idempotently by delivery id; read by
 * departments as a feed ordered by {@code feed_seq}, and by admins as the delivery ledger.
 */
public final class DeliveryStore {

    /** One delivery as a department pulls it: its place in the feed and its JSON line. */
    public record FeedLine(long feedSeq, String json) {
    }

    /** One row of the delivery ledger (who got which fields of whom, when, why). */
    public record LedgerRow(long feedSeq, String deliveryId, DepartmentCode department, String subjectId,
                            DeliveryChange change, List<String> fields, List<String> purposes, Instant deliveredAt) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private long lastFeedSeq;
    /**
     * The highest ledger sequence with deliveries written: deliveries of later sequences cannot exist yet. Kept in
     * {@code delivery_progress}, written in each delivery transaction, so a start reads one row instead of scanning
     * every delivery (docs/decisions/0042-compact-registry-records-and-a-start-without-scans.md).
     */
    private long lastLedgerSeq;
    /** PostgreSQL takes a step's rows by COPY (see {@link #insert}). */
    private final boolean postgres;

    public DeliveryStore(DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        Long max = jdbc.queryForObject("SELECT MAX(feed_seq) FROM delivery", Long.class);
        this.lastFeedSeq = max == null ? 0 : max;
        Long maxLedger = jdbc.queryForObject("SELECT last_ledger_seq FROM delivery_progress WHERE id = 1", Long.class);
        this.lastLedgerSeq = maxLedger == null ? 0 : maxLedger;
        this.postgres = postgres(jdbc);
    }

    /**
     * Writes the deliveries the store does not have yet (by id) in one transaction; returns how many were new.
     * Single writer: the apply loop.
     */
    public synchronized int write(List<Delivery> deliveries) {
        return write(deliveries, -1);
    }

    /**
     * Like {@link #write(List)}, but leaves out deliveries whose department already has a delivery of their
     * subject from a ledger entry after {@code readAtSeq}: a backfill read the registry at that point, and the
     * newer delivery already carries newer values.
     */
    public synchronized int writeUnlessNewer(List<Delivery> deliveries, long readAtSeq) {
        return write(deliveries, readAtSeq);
    }

    private int write(List<Delivery> deliveries, long unlessNewerThan) {
        if (deliveries.isEmpty()) {
            return 0;
        }
        Integer written = tx.execute(status -> {
            Set<String> existing = new HashSet<>();
            Set<String> newer = unlessNewerThan < 0 ? Set.of() : newer(deliveries, unlessNewerThan);
            // only a replay (after a crash between this commit and the registry's) or a backfill (run again) can
            // meet deliveries written before; in the steady state every sequence is new and the look-up is skipped
            boolean replay = unlessNewerThan >= 0 || deliveries.stream().anyMatch(d -> d.seq() <= lastLedgerSeq);
            List<String> ids = replay ? deliveries.stream().map(Delivery::id).distinct().toList() : List.of();
            for (int from = 0; from < ids.size(); from += 500) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
                existing.addAll(jdbc.queryForList("SELECT delivery_id FROM delivery WHERE delivery_id IN ("
                        + String.join(", ", chunk.stream().map(i -> "?").toList()) + ")", String.class, chunk.toArray()));
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            long seq = lastFeedSeq;
            List<Object[]> rows = new ArrayList<>();
            for (Delivery d : deliveries) {
                if (!newer.contains(d.department().value() + "\u0000" + d.subject().value()) && existing.add(d.id())) {
                    seq++;
                    rows.add(new Object[] {seq, d.id(), d.department().value(), d.seq(), d.submission(),
                            d.subject().value(), d.pseudonym(), d.change().name().toLowerCase(),
                            String.join(" ", d.fields().keySet()), String.join("\n", d.purposes()), json(d),
                            d.at().atOffset(ZoneOffset.UTC), now});
                }
            }
            insert(rows);
            long reached = deliveries.stream().mapToLong(Delivery::seq).max().orElse(0);
            if (reached > lastLedgerSeq) {
                jdbc.update("UPDATE delivery_progress SET last_ledger_seq = ? WHERE id = 1", reached);
            }
            lastFeedSeq = seq;
            lastLedgerSeq = Math.max(lastLedgerSeq, reached);
            return rows.size();
        });
        return written == null ? 0 : written;
    }

    private static final String COLUMNS = "feed_seq, delivery_id, department, ledger_seq, submission_id, subject_id, "
            + "pseudonym, change_type, fields, purposes, payload, changed_at, delivered_at";

    /**
     * The rows, in the caller's transaction: on PostgreSQL one {@code COPY … FROM STDIN}, elsewhere a JDBC batch of
     * inserts. A step writes ~2,300 rows; as inserts (even rewritten into multi-row ones) the server parsed, planned
     * and executed a 1,664-parameter statement per 128 rows, on the same two cores as the acknowledgements. COPY
     * inserts the same rows with the same constraints and index entries, and commits with the transaction
     * (docs/decisions/0043-apply-loop-cpu-and-the-ack-tail.md).
     */
    private void insert(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (postgres) {
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                // sent in pieces of ~32 KB: one text of a whole step (~2 MB) would be a humongous object for G1, twice
                org.postgresql.copy.CopyIn copy = connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI()
                        .copyIn("COPY delivery (" + COLUMNS + ") FROM STDIN");
                try {
                    StringBuilder text = new StringBuilder(40 * 1024);
                    for (int r = 0; r < rows.size(); r++) {
                        copyLine(text, rows.get(r));
                        if (text.length() >= 32 * 1024 || r == rows.size() - 1) {
                            byte[] bytes = text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                            copy.writeToCopy(bytes, 0, bytes.length);
                            text.setLength(0);
                        }
                    }
                    copy.endCopy();
                } finally {
                    if (copy.isActive()) {
                        copy.cancelCopy();
                    }
                }
                return null;
            });
            return;
        }
        jdbc.batchUpdate("INSERT INTO delivery (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    private static final java.time.format.DateTimeFormatter COPY_TIME =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSxxx");

    /** A row in COPY's text format: tab-separated, one line, backslash, tab and line breaks escaped. */
    private static void copyLine(StringBuilder text, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            Object value = row[i];
            if (value == null) {
                text.append("\\N");
            } else if (value instanceof OffsetDateTime time) {
                COPY_TIME.formatTo(time, text);
            } else {
                String s = value.toString();
                if (plain(s)) {
                    text.append(s);
                    continue;
                }
                for (int c = 0; c < s.length(); c++) {
                    char ch = s.charAt(c);
                    switch (ch) {
                        case '\\' -> text.append("\\\\");
                        case '\t' -> text.append("\\t");
                        case '\n' -> text.append("\\n");
                        case '\r' -> text.append("\\r");
                        default -> text.append(ch);
                    }
                }
            }
        }
        text.append('\n');
    }

    /** Whether a value needs no escaping in COPY's text format (most do not: ids, codes, sequences). */
    private static boolean plain(String s) {
        for (int c = 0; c < s.length(); c++) {
            char ch = s.charAt(c);
            if (ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r') {
                return false;
            }
        }
        return true;
    }

    /** Whether the store writes to PostgreSQL (through pgjdbc, which then takes the rows by COPY). */
    private static boolean postgres(JdbcTemplate jdbc) {
        try {
            Boolean pg = jdbc.execute((ConnectionCallback<Boolean>) c -> c.isWrapperFor(org.postgresql.PGConnection.class));
            return Boolean.TRUE.equals(pg);
        } catch (LinkageError e) {
            return false; // no PostgreSQL driver on the class path
        }
    }

    /** department NUL subject of the deliveries' subjects already delivered from a ledger entry after a point. */
    private Set<String> newer(List<Delivery> deliveries, long afterSeq) {
        Set<String> newer = new HashSet<>();
        List<String> subjects = deliveries.stream().map(d -> d.subject().value()).distinct().toList();
        for (int from = 0; from < subjects.size(); from += 500) {
            List<String> chunk = subjects.subList(from, Math.min(subjects.size(), from + 500));
            List<Object> args = new ArrayList<>(chunk);
            args.add(afterSeq);
            jdbc.query("SELECT department, subject_id FROM delivery WHERE subject_id IN ("
                    + String.join(", ", chunk.stream().map(i -> "?").toList()) + ") AND ledger_seq > ?",
                    rs -> {
                        newer.add(rs.getString(1) + "\u0000" + rs.getString(2));
                    }, args.toArray());
        }
        return newer;
    }

    /**
     * The JSON line a department receives: no subject id, only its pseudonym and subscribed fields. Written with
     * Jackson's streaming generator, not by mapping a tree of maps: the line is made for every delivery row on the
     * apply loop's thread; mapping a tree of maps was about two fifths of the delivery write's CPU samples, the
     * generator about a quarter (docs/benchmarks.md, "Apply loop: fan-out and memory").
     */
    static String json(Delivery d) {
        var out = new java.io.StringWriter(512);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("deliveryId", d.id());
            g.writeStringProperty("subject", d.pseudonym());
            g.writeStringProperty("change", d.change().name().toLowerCase());
            g.writeStringProperty("at", d.at().toString());
            g.writeObjectPropertyStart("fields");
            d.fields().forEach(g::writeStringProperty);
            g.writeEndObject();
            g.writeArrayPropertyStart("changed");
            d.changed().stream().sorted().forEach(g::writeString);
            g.writeEndArray();
            g.writeObjectPropertyStart("collectedAt");
            d.collectedAt().forEach((f, t) -> g.writeStringProperty(f, t.toString()));
            g.writeEndObject();
            g.writeArrayPropertyStart("purposes");
            d.purposes().forEach(g::writeString);
            g.writeEndArray();
            g.writeStringProperty("source", d.source());
            g.writeEndObject();
        }
        return out.toString();
    }

    /** A department's deliveries after a feed position, in order, at most {@code limit}. */
    public List<FeedLine> after(DepartmentCode department, long feedSeq, int limit) {
        // "department, feed_seq" (not just feed_seq) lets H2 read the index in order and stop at the limit;
        // ordered by feed_seq alone it sorted every later row for each page (docs/benchmarks.md, feed pull)
        return jdbc.query("SELECT feed_seq, payload FROM delivery WHERE department = ? AND feed_seq > ? "
                        + "ORDER BY department, feed_seq LIMIT ?", (rs, n) -> new FeedLine(rs.getLong(1), rs.getString(2)),
                department.value(), feedSeq, limit);
    }

    /** The highest feed position written so far (0 when none): a cursor beyond it is from the future. */
    public synchronized long lastFeedSeq() {
        return lastFeedSeq;
    }

    /** How many of a department's deliveries lie after a feed position (e.g. not yet acknowledged). */
    public long countAfter(DepartmentCode department, long feedSeq) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM delivery WHERE department = ? AND feed_seq > ?", Long.class,
                department.value(), feedSeq);
        return n == null ? 0 : n;
    }

    /**
     * The feed position just before a department's first delivery made at or after {@code at}: the deliveries after
     * it are those delivered since then (0 when it had none before). A webhook replay "from a moment" starts here.
     */
    public long positionBefore(DepartmentCode department, Instant at) {
        Long before = jdbc.queryForObject("SELECT MAX(feed_seq) FROM delivery WHERE department = ? AND delivered_at < ?",
                Long.class, department.value(), at.atOffset(ZoneOffset.UTC));
        return before == null ? 0 : before;
    }

    public long count(DepartmentCode department) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM delivery WHERE department = ?", Long.class, department.value());
        return n == null ? 0 : n;
    }

    /** The delivery ledger of one subject: which departments received which of its fields, newest first. */
    public List<LedgerRow> ledgerOf(String subjectId) {
        return ledger(null, subjectId, null, Integer.MAX_VALUE);
    }

    /**
     * The delivery ledger, newest first: optionally one department's, optionally one subject's, optionally only
     * deliveries that carried a field; at most {@code limit} rows.
     */
    public List<LedgerRow> ledger(DepartmentCode department, String subjectId, String field, int limit) {
        StringBuilder sql = new StringBuilder("SELECT feed_seq, delivery_id, department, subject_id, change_type, fields, "
                + "purposes, delivered_at FROM delivery WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (department != null) {
            sql.append(" AND department = ?");
            args.add(department.value());
        }
        if (subjectId != null && !subjectId.isBlank()) {
            sql.append(" AND subject_id = ?");
            args.add(subjectId.strip());
        }
        if (field != null && !field.isBlank()) {
            // fields are space-separated ids: pad both sides so resident.phone never matches resident.phone_2
            sql.append(" AND (' ' || fields || ' ') LIKE ?");
            args.add("% " + field.strip().replace("%", "").replace("_", "\\_") + " %");
        }
        sql.append(" ORDER BY feed_seq DESC LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), DeliveryStore::row, args.toArray());
    }

    /** How many of a department's deliveries a filter selects. */
    public long count(DepartmentCode department, DeliveryFilter filter) {
        List<Object> args = new ArrayList<>();
        String where = where(department, filter, args);
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM delivery" + where, Long.class, args.toArray());
        return n == null ? 0 : n;
    }

    /** A page of a department's deliveries that a filter selects, newest first (for a screen). */
    public List<DeliveredRecord> delivered(DepartmentCode department, DeliveryFilter filter, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(department, filter, args);
        args.add(limit);
        args.add(offset);
        return jdbc.query("SELECT feed_seq, change_type, payload, delivered_at FROM delivery" + where
                + " ORDER BY department DESC, feed_seq DESC LIMIT ? OFFSET ?", DeliveryStore::delivered, args.toArray());
    }

    /**
     * Every delivery of a department that a filter selects, oldest first, handed to {@code each} in pages of
     * {@code page} read by keyset (so a million rows never sit in memory); stops early when {@code each}
     * returns false. Returns how many were handed over.
     */
    public long forEachDelivered(DepartmentCode department, DeliveryFilter filter, int page,
                                 java.util.function.Predicate<DeliveredRecord> each) {
        long after = 0;
        long handed = 0;
        while (true) {
            List<Object> args = new ArrayList<>();
            String where = where(department, filter, args) + " AND feed_seq > ?";
            args.add(after);
            args.add(page);
            List<DeliveredRecord> rows = jdbc.query("SELECT feed_seq, change_type, payload, delivered_at FROM delivery"
                    + where + " ORDER BY department, feed_seq LIMIT ?", DeliveryStore::delivered, args.toArray());
            for (DeliveredRecord row : rows) {
                handed++;
                if (!each.test(row)) {
                    return handed;
                }
            }
            if (rows.size() < page) {
                return handed;
            }
            after = rows.getLast().feedSeq();
        }
    }

    private static String where(DepartmentCode department, DeliveryFilter filter, List<Object> args) {
        StringBuilder sql = new StringBuilder(" WHERE department = ?");
        args.add(department.value());
        if (filter.field() != null) {
            sql.append(" AND (' ' || fields || ' ') LIKE ?");
            args.add("% " + filter.field().replace("%", "").replace("_", "\\_") + " %");
        }
        if (filter.from() != null) {
            sql.append(" AND delivered_at >= ?");
            args.add(filter.from().atOffset(ZoneOffset.UTC));
        }
        if (filter.until() != null) {
            sql.append(" AND delivered_at < ?");
            args.add(filter.until().atOffset(ZoneOffset.UTC));
        }
        return sql.toString();
    }

    private static DeliveredRecord delivered(ResultSet rs, int n) throws SQLException {
        var line = JSON.readTree(rs.getString("payload"));
        Map<String, String> fields = new LinkedHashMap<>();
        line.get("fields").properties().forEach(e -> fields.put(e.getKey(), e.getValue().asString()));
        List<String> changed = new ArrayList<>();
        line.get("changed").forEach(c -> changed.add(c.asString()));
        var source = line.get("source");
        return new DeliveredRecord(rs.getLong("feed_seq"), line.get("deliveryId").asString(), line.get("subject").asString(),
                DeliveryChange.valueOf(rs.getString("change_type").toUpperCase()), fields, changed,
                source == null ? Delivery.APPLIED : source.asString(), Instant.parse(line.get("at").asString()),
                rs.getObject("delivered_at", OffsetDateTime.class).toInstant());
    }

    /** Acknowledges a department's feed up to a position (never backwards). */
    public void acknowledge(DepartmentCode department, long feedSeq) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int updated = jdbc.update("UPDATE feed_cursor SET acknowledged = GREATEST(acknowledged, ?), updated_at = ? "
                + "WHERE department = ?", feedSeq, now, department.value());
        if (updated == 0) {
            jdbc.update("INSERT INTO feed_cursor (department, acknowledged, updated_at) VALUES (?, ?, ?)",
                    department.value(), feedSeq, now);
        }
    }

    /** How far a department acknowledged (0 when never). */
    public long acknowledged(DepartmentCode department) {
        List<Long> found = jdbc.queryForList("SELECT acknowledged FROM feed_cursor WHERE department = ?", Long.class,
                department.value());
        return found.isEmpty() ? 0 : found.getFirst();
    }

    private static LedgerRow row(ResultSet rs, int n) throws SQLException {
        String fields = rs.getString("fields");
        return new LedgerRow(rs.getLong("feed_seq"), rs.getString("delivery_id"), new DepartmentCode(rs.getString("department")),
                rs.getString("subject_id"), DeliveryChange.valueOf(rs.getString("change_type").toUpperCase()),
                fields.isEmpty() ? List.of() : List.of(fields.split(" ")), List.of(rs.getString("purposes").split("\n")),
                rs.getObject("delivered_at", OffsetDateTime.class).toInstant());
    }
}
