package org.oneform.app.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Writes and reads the audit log. Writes are their own small transactions. */
@Service
public class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String actor, String action, String subject, String detail, String remoteAddress) {
        jdbc.sql("""
                INSERT INTO audit_event (occurred_at, actor, action, subject, detail, remote_addr)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(OffsetDateTime.now(ZoneOffset.UTC), truncate(actor, 64), action, truncate(subject, 200),
                        truncate(detail, 2000), truncate(remoteAddress, 64))
                .update();
    }

    /** The latest events, newest first. */
    public List<AuditEvent> latest(int limit) {
        return jdbc.sql("SELECT * FROM audit_event ORDER BY id DESC LIMIT ?").param(limit)
                .query((rs, n) -> new AuditEvent(rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("subject"), rs.getString("detail"),
                        rs.getString("remote_addr")))
                .list();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
