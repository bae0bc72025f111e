package org.oneform.app.feeds;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.oneform.app.api.BearerSecrets;
import org.oneform.app.audit.AuditLog;
import org.oneform.forms.department.DepartmentCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Creating, listing, finding and revoking departments' feed API tokens; creation and revocation are audited. */
@Service
public class DepartmentTokens {

    /** Feed tokens start with this, so a leaked one is recognisable. */
    static final String PREFIX = "ofd_";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;

    DepartmentTokens(JdbcClient jdbc, Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /** A new token; the returned text is the only time it is seen. */
    public String create(DepartmentCode department, String label, String createdBy) {
        String clean = label == null || label.isBlank() ? "API" : label.strip();
        if (clean.length() > 100) {
            throw new IllegalArgumentException("a token label has at most 100 characters");
        }
        String token = BearerSecrets.newToken(PREFIX);
        jdbc.sql("INSERT INTO department_token (token_hash, department, label, created_by, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(hash(token), department.value(), clean, createdBy, OffsetDateTime.now(clock)).update();
        audit.record(createdBy, "feed-token-created", department.value(), clean, null);
        return token;
    }

    public List<DepartmentToken> of(DepartmentCode department) {
        return jdbc.sql("SELECT * FROM department_token WHERE department = ? ORDER BY created_at DESC")
                .param(department.value()).query(DepartmentTokens::row).list();
    }

    /** Revokes one of the department's tokens; false when it is not theirs or already revoked. */
    public boolean revoke(DepartmentCode department, String tokenHash, String by) {
        boolean done = jdbc.sql("UPDATE department_token SET revoked_at = ? WHERE token_hash = ? AND department = ? "
                        + "AND revoked_at IS NULL").params(OffsetDateTime.now(clock), tokenHash, department.value())
                .update() > 0;
        if (done) {
            audit.record(by, "feed-token-revoked", department.value(), tokenHash.substring(0, 8), null);
        }
        return done;
    }

    /** The live token behind a bearer value. */
    Optional<DepartmentToken> find(String token) {
        if (!BearerSecrets.looksLike(token, PREFIX)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM department_token WHERE token_hash = ? AND revoked_at IS NULL")
                .param(hash(token)).query(DepartmentTokens::row).optional();
    }

    /** Notes the token was used, at most once a minute. */
    void touch(DepartmentToken token) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("UPDATE department_token SET last_used_at = ? WHERE token_hash = ? AND (last_used_at IS NULL OR last_used_at < ?)")
                .params(now, token.hash(), now.minusSeconds(60)).update();
    }

    static String hash(String token) {
        return BearerSecrets.hash(token);
    }

    private static DepartmentToken row(ResultSet rs, int n) throws SQLException {
        return new DepartmentToken(rs.getString("token_hash"), new DepartmentCode(rs.getString("department")),
                rs.getString("label"), rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "last_used_at"),
                instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
