package org.oneform.sync.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.intake.internal.Canonical;
import org.oneform.sync.registry.SubjectId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The intake ledger in SQL: append-only, one row per accepted submission, numbered by a receipt sequence.
 *
 * <p>There is one appender per ledger (the data directory lock makes the process unique): it assigns the
 * sequence numbers itself and commits under one lock, so commit order is sequence order and a reader that
 * has seen sequence {@code n} has seen everything below it. {@link #append} returns only after the commit,
 * which is what makes an acknowledgement durable. See {@code docs/decisions/0005-intake-ledger-and-apply-loop.md}.
 *
 * <p>A batch of submissions holds the lock for one database round trip: which of its ids the ledger already has is
 * read before taking the lock (every entry up to the sequence published then is visible to that read) and completed
 * under the lock from the entries this appender wrote since, which it remembers; the new rows go in as one
 * multi-row {@code INSERT} in auto-commit, so the statement is the transaction and its answer the commit (see
 * {@code docs/decisions/0038-postgresql-ingest-path.md}).
 */
public final class IntakeLedger {

    /** A submission that passed every check, ready to be written. */
    record Pending(Submission submission, Uploader uploader, String contentHash, String payload,
                   Map<String, String> values) {
    }

    /** What the ledger holds for an id: enough to answer a resend. */
    record Stored(long seq, String contentHash, Instant receivedAt) {
    }

    private static final String COLUMNS = "seq, kind, submission_id, subject_type, subject_id, grid_id, form_version, "
            + "supersedes, username, device_id, content_hash, normalised, received_at";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    /** How many of its latest entries the appender remembers (about 100 bytes each). */
    static final int RECENT = 65_536;

    private final ReentrantLock appendLock = new ReentrantLock();
    /** Written under {@link #appendLock} once committed: every entry up to it is visible to a new read. */
    private volatile long lastSeq;
    /** The entries this appender committed after {@link #recentFloor}, oldest first (under {@link #appendLock}). */
    private final LinkedHashMap<UUID, Stored> recent = new LinkedHashMap<>();
    private long recentFloor;

    public IntakeLedger(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.tx = new TransactionTemplate(transactions);
        this.lastSeq = readLastSeq();
        this.recentFloor = lastSeq;
    }

    private long readLastSeq() {
        Long max = jdbc.queryForObject("SELECT MAX(seq) FROM intake_ledger", Long.class);
        return max == null ? 0 : max;
    }

    /** The highest committed sequence (0 when empty). */
    public long lastSeq() {
        return lastSeq;
    }

    public long count() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM intake_ledger", Long.class);
        return count == null ? 0 : count;
    }

    /**
     * Writes the pending submissions in one transaction and returns, in the same order, {@code Accepted}
     * with the new sequence, or — for an id the ledger already has — {@code Duplicate} (same content) or
     * {@code Conflict} (different content). Returns after the commit.
     */
    List<ItemResult> append(List<Pending> pending, Instant receivedAt) {
        return append(pending, receivedAt, lookUp(pending.stream().map(p -> p.submission().id()).toList()));
    }

    /**
     * Which of these ids the ledger has, read outside the append lock, with the sequence published before the read:
     * the read sees every entry up to it. {@link Intake} reads once per batch and hands the answer to {@link
     * #append(List, Instant, LookUp)}, which completes it under the lock from what the appender committed since — one
     * round trip for the batch's ids instead of two (docs/decisions/0043-apply-loop-cpu-and-the-ack-tail.md).
     */
    LookUp lookUp(Collection<UUID> ids) {
        long seen = lastSeq; // before the read: every entry up to it is visible to it
        return new LookUp(seen, find(ids));
    }

    /** What {@link #lookUp} found, as of the sequence published before it read. */
    record LookUp(long seenSeq, Map<UUID, Stored> found) {
    }

    /**
     * Like {@link #append(List, Instant)}, with the batch's ids already looked up by {@link #lookUp} (before the
     * lock): completed from the appender's memory of what it committed since, read again only if it has forgotten.
     */
    List<ItemResult> append(List<Pending> pending, Instant receivedAt, LookUp lookUp) {
        if (pending.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = pending.stream().map(p -> p.submission().id()).toList();
        long seen = lookUp.seenSeq();
        Map<UUID, Stored> existing = new HashMap<>();
        for (UUID id : ids) {
            Stored stored = lookUp.found().get(id);
            if (stored != null) {
                existing.put(id, stored);
            }
        }
        appendLock.lock();
        try {
            if (seen < recentFloor) {
                // more entries since than the appender remembers (never in practice): read again
                existing = find(ids);
            } else {
                for (UUID id : ids) {
                    Stored since = recent.get(id);
                    if (since != null) {
                        existing.put(id, since);
                    }
                }
            }
            List<ItemResult> results = new ArrayList<>(pending.size());
            List<Object[]> rows = new ArrayList<>();
            long seq = lastSeq;
            for (Pending p : pending) {
                UUID id = p.submission().id();
                Stored stored = existing.get(id);
                if (stored != null) {
                    results.add(stored.contentHash().equals(p.contentHash())
                            ? new ItemResult.Duplicate(id, stored.seq(), stored.receivedAt())
                            : new ItemResult.Conflict(id, stored.seq(), stored.receivedAt()));
                    continue;
                }
                seq++;
                rows.add(row(seq, p, receivedAt));
                existing.put(id, new Stored(seq, p.contentHash(), receivedAt));
                results.add(new ItemResult.Accepted(id, seq, receivedAt));
            }
            if (!rows.isEmpty()) {
                insert(rows);
                for (ItemResult result : results) {
                    if (result instanceof ItemResult.Accepted accepted) {
                        remember(accepted.id(), existing.get(accepted.id()));
                    }
                }
                lastSeq = seq; // committed: the statement ran in auto-commit
            }
            return results;
        } finally {
            appendLock.unlock();
        }
    }

    /**
     * The rows as one multi-row {@code INSERT} outside any transaction: one statement is atomic, and in auto-commit
     * it returns after its commit (H2 with {@code WRITE_DELAY=0}, PostgreSQL with {@code synchronous_commit=on}), in
     * one round trip — a batch of single-row inserts and a separate commit took three while the lock was held.
     */
    private void insert(List<Object[]> rows) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("the ledger commits its appends itself: call it outside a transaction");
        }
        StringBuilder sql = new StringBuilder(64 + rows.size() * 32)
                .append("INSERT INTO intake_ledger (").append(COLUMNS).append(", payload) VALUES ");
        Object[] args = new Object[rows.size() * rows.getFirst().length];
        int at = 0;
        for (int r = 0; r < rows.size(); r++) {
            sql.append(r == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            Object[] row = rows.get(r);
            System.arraycopy(row, 0, args, at, row.length);
            at += row.length;
        }
        jdbc.update(sql.toString(), args);
    }

    /** Keeps an entry this appender committed; forgets the oldest beyond {@link #RECENT}. Under the lock. */
    private void remember(UUID id, Stored stored) {
        recent.put(id, stored);
        if (recent.size() > RECENT) {
            var oldest = recent.entrySet().iterator();
            recentFloor = Math.max(recentFloor, oldest.next().getValue().seq());
            oldest.remove();
        }
    }

    private static Object[] row(long seq, Pending p, Instant receivedAt) {
        Submission s = p.submission();
        String normalised = Canonical.json(Map.of("values", p.values(), "base", s.baseSeqs()));
        return new Object[] {seq, EntryKind.SUBMISSION.key(), s.id(), s.subjectType().key(), s.subject().map(SubjectId::value).orElse(null),
                s.grid().value(), s.formVersion(), s.supersedes(), p.uploader().username(), p.uploader().deviceId(),
                p.contentHash(), normalised, OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC), p.payload()};
    }

    /**
     * Records a split: {@code merged} (a submission that was merged into {@code subject}) is to become a
     * record of its own. Returns the split's sequence, after the commit; the apply loop does the rest.
     *
     * @param by  the supervisor or admin deciding it
     * @param why their reason, kept in the ledger
     */
    public long appendSplit(UUID merged, SubjectId subject, String by, String why, Instant at) {
        LedgerEntry original = entry(merged).filter(e -> e.kind() == EntryKind.SUBMISSION)
                .orElseThrow(() -> new IllegalArgumentException("no submission " + merged + " in the ledger"));
        String payload = Canonical.json(Map.of("split", merged.toString(), "subject", subject.value(),
                "by", by, "why", why == null ? "" : why));
        return appendOperation(EntryKind.SPLIT, UUID.randomUUID(), original, subject, original.grid(), merged, by, payload,
                Map.of("values", Map.of(), "base", Map.of()), at);
    }

    /**
     * Records a return: a supervisor sends the submission {@code returned} back to its worker with a comment.
     * Returns the return's sequence, after the commit; the apply loop projects it ({@code sync.review.Returns}).
     *
     * @param subject the golden record the submission went to, if known
     * @param by      the supervisor deciding it
     */
    public long appendReturn(UUID returned, SubjectId subject, String comment, String by, Instant at) {
        return appendDecision(EntryKind.RETURN, returned, subject, comment, by, at);
    }

    /**
     * Records that a supervisor withdrew the return of {@code returned}; returns its sequence, after the commit.
     *
     * @param why the supervisor's reason, kept in the ledger (may be empty)
     */
    public long appendReturnWithdrawal(UUID returned, SubjectId subject, String why, String by, Instant at) {
        return appendDecision(EntryKind.RETURN_WITHDRAWN, returned, subject, why, by, at);
    }

    private long appendDecision(EntryKind kind, UUID returned, SubjectId subject, String comment, String by, Instant at) {
        LedgerEntry original = entry(returned).filter(e -> e.kind() == EntryKind.SUBMISSION)
                .orElseThrow(() -> new IllegalArgumentException("no submission " + returned + " in the ledger"));
        String payload = Canonical.json(Map.of(kind.key(), returned.toString(), "by", by, "comment", comment));
        Map<String, Object> normalised = new LinkedHashMap<>();
        normalised.put("values", Map.of());
        normalised.put("base", Map.of());
        normalised.put("note", comment);
        return appendOperation(kind, UUID.randomUUID(), original, subject, original.grid(), returned, by, payload,
                normalised, at);
    }

    /**
     * Records a supervisor's decision on a review item. The entry's id is {@code entryId} (derived from the item id
     * by the caller), so the ledger's unique id refuses a second decision on the same item: that surfaces as
     * Spring's {@link org.springframework.dao.DuplicateKeyException}. Returns the decision's sequence, after the commit.
     *
     * @param about    the submission (or operation) that raised the item: its subject type, grid and form version are copied
     * @param values   the values the decision sets (a conflict's chosen proposed value), else empty
     * @param comment  the supervisor's comment (may be empty)
     */
    public long appendReviewDecision(UUID entryId, String itemId, String decision, UUID about, SubjectId subject,
                                     AreaId grid, Map<String, String> values, String comment, String by, Instant at) {
        LedgerEntry original = entry(about)
                .orElseThrow(() -> new IllegalArgumentException("no entry " + about + " in the ledger"));
        String payload = Canonical.json(Map.of("review", itemId, "decision", decision, "by", by,
                "comment", comment, "values", values));
        Map<String, Object> normalised = new LinkedHashMap<>();
        normalised.put("values", values);
        normalised.put("base", Map.of());
        normalised.put("note", comment);
        normalised.put("item", itemId);
        normalised.put("decision", decision);
        return appendOperation(EntryKind.REVIEW_DECISION, entryId, original, subject, grid, about, by, payload,
                normalised, at);
    }

    /**
     * Appends a person's operation on an earlier entry (a split, a return, a review decision) under the appender's
     * lock, like submissions: the sequence is the next one, visible to readers once committed. The subject type and
     * form version are copied from {@code original}; the device is "console".
     */
    private long appendOperation(EntryKind kind, UUID entryId, LedgerEntry original, SubjectId subject, AreaId grid,
                                 UUID about, String by, String payload, Map<String, Object> normalised, Instant at) {
        appendLock.lock();
        try {
            return tx.execute(status -> {
                long seq = lastSeq + 1;
                String hash = Canonical.sha256(payload);
                jdbc.update("INSERT INTO intake_ledger (" + COLUMNS + ", payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        seq, kind.key(), entryId, original.subjectType().key(), subject == null ? null : subject.value(),
                        grid.value(), original.formVersion(), about, by, "console", hash,
                        Canonical.json(normalised), OffsetDateTime.ofInstant(at, ZoneOffset.UTC), payload);
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        remember(entryId, new Stored(seq, hash, at));
                        lastSeq = seq;
                    }
                });
                return seq;
            });
        } finally {
            appendLock.unlock();
        }
    }

    /** The entries that name {@code id} in {@code supersedes} (edits of it, returns of it), in sequence order. */
    public List<LedgerEntry> naming(UUID id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM intake_ledger WHERE supersedes = ? ORDER BY seq",
                IntakeLedger::entry, id);
    }

    /** Sequence, content hash and receipt time of the ids the ledger has. */
    Map<UUID, Stored> find(Collection<UUID> ids) {
        Map<UUID, Stored> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        String marks = String.join(", ", ids.stream().map(id -> "?").toList());
        jdbc.query("SELECT submission_id, seq, content_hash, received_at FROM intake_ledger WHERE submission_id IN ("
                + marks + ")", rs -> {
                    found.put(rs.getObject(1, UUID.class), new Stored(rs.getLong(2), rs.getString(3),
                            rs.getObject(4, OffsetDateTime.class).toInstant()));
                }, ids.toArray());
        return found;
    }

    /** The entry of a submission, if the ledger has it. */
    public Optional<LedgerEntry> entry(UUID id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM intake_ledger WHERE submission_id = ?", IntakeLedger::entry, id)
                .stream().findFirst();
    }

    /** Up to {@code limit} entries after sequence {@code seq}, in sequence order. */
    public List<LedgerEntry> after(long seq, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM intake_ledger WHERE seq > ? ORDER BY seq LIMIT ?",
                IntakeLedger::entry, seq, limit);
    }

    /** The canonical payload of a submission as it was received. */
    public Optional<String> payload(UUID id) {
        return jdbc.queryForList("SELECT payload FROM intake_ledger WHERE submission_id = ?", String.class, id)
                .stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private static LedgerEntry entry(ResultSet rs, int row) throws SQLException {
        Map<String, Object> normalised = Canonical.parseObject(rs.getString("normalised"));
        Map<String, String> values = new LinkedHashMap<>();
        ((Map<String, Object>) normalised.getOrDefault("values", Map.of())).forEach((k, v) -> values.put(k, v.toString()));
        Map<String, Long> base = new LinkedHashMap<>();
        ((Map<String, Object>) normalised.getOrDefault("base", Map.of()))
                .forEach((k, v) -> base.put(k, ((Number) v).longValue()));
        String subject = rs.getString("subject_id");
        return new LedgerEntry(rs.getLong("seq"), EntryKind.ofKey(rs.getString("kind")),
                rs.getObject("submission_id", UUID.class),
                SubjectType.ofKey(rs.getString("subject_type")), subject == null ? null : new SubjectId(subject),
                new AreaId(rs.getString("grid_id")), rs.getInt("form_version"), rs.getObject("supersedes", UUID.class),
                rs.getString("username"), rs.getString("device_id"), rs.getString("content_hash"), values, base,
                rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                normalised.get("note") instanceof String note ? note : null,
                normalised.get("item") instanceof String item ? item : null,
                normalised.get("decision") instanceof String decision ? decision : null);
    }
}
