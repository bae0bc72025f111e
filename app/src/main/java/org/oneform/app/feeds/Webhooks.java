package org.oneform.app.feeds;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.oneform.app.api.BearerSecrets;
import org.oneform.app.audit.AuditLog;
import org.oneform.forms.department.DepartmentCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Departments' push webhooks in SQL: configured (URL checked, a new secret shown once), removed, replayed
 * from a cursor, and the push cursor and backoff state the pusher keeps. The secret is stored encrypted
 * (AES-GCM, a data-directory key) because every push is signed with it. Configuration changes are audited.
 * See docs/decisions/0009-feed-webhooks.md.
 */
public class Webhooks {

    /** Webhook secrets start with this, so a leaked one is recognisable. */
    static final String SECRET_PREFIX = "ofs_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final SecretKeySpec key;

    Webhooks(JdbcClient jdbc, Clock clock, AuditLog audit, byte[] key) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.key = new SecretKeySpec(java.util.Arrays.copyOf(key, 32), "AES");
    }

    /**
     * Sets the department's webhook URL with a new secret, returned only now; pushing starts from {@code from}
     * (a feed position: where the department's pull has got to, or 0 for everything).
     *
     * @throws org.oneform.app.api.ProblemException {@code invalid-webhook-url} for anything but an absolute
     *                                              http(s) URL with a host and no credentials or fragment
     */
    public String configure(DepartmentCode department, String url, long from, String by) {
        String clean = checkUrl(url);
        String secret = BearerSecrets.newToken(SECRET_PREFIX);
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("DELETE FROM department_webhook WHERE department = ?").param(department.value()).update();
        jdbc.sql("INSERT INTO department_webhook (department, url, secret_encrypted, pushed_seq, failures, next_attempt_at, "
                        + "created_by, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?, ?)")
                .params(department.value(), clean, encrypt(secret), from, now, by, now).update();
        audit.record(by, "feed-webhook-configured", department.value(), clean, null);
        return secret;
    }

    public boolean remove(DepartmentCode department, String by) {
        boolean done = jdbc.sql("DELETE FROM department_webhook WHERE department = ?").param(department.value()).update() > 0;
        if (done) {
            audit.record(by, "feed-webhook-removed", department.value(), null, null);
        }
        return done;
    }

    /**
     * Moves the push cursor (back or forth) and retries at once: the deliveries after it are pushed again. Audited;
     * the API and the portal go through {@link WebhookReplays}, which validates where to start and counts.
     */
    public boolean replayFrom(DepartmentCode department, long feedSeq, String by) {
        boolean done = moveCursor(department, feedSeq);
        if (done) {
            audit.record(by, "feed-webhook-replay", department.value(), "from " + feedSeq, null);
        }
        return done;
    }

    /** Moves the push cursor and retries at once, unaudited (the caller audits); false when there is no webhook. */
    boolean moveCursor(DepartmentCode department, long feedSeq) {
        return jdbc.sql("UPDATE department_webhook SET pushed_seq = ?, failures = 0, next_attempt_at = ?, "
                        + "updated_at = ? WHERE department = ?")
                .params(feedSeq, OffsetDateTime.now(clock), OffsetDateTime.now(clock), department.value()).update() > 0;
    }

    public Optional<DepartmentWebhook> of(DepartmentCode department) {
        return jdbc.sql("SELECT * FROM department_webhook WHERE department = ?").param(department.value())
                .query(Webhooks::row).optional();
    }

    /** Every webhook whose next attempt is due. */
    List<DepartmentWebhook> due() {
        return jdbc.sql("SELECT * FROM department_webhook WHERE next_attempt_at <= ?").param(OffsetDateTime.now(clock))
                .query(Webhooks::row).list();
    }

    /** The secret to sign with; empty when the webhook was removed meanwhile. */
    Optional<String> secret(DepartmentCode department) {
        return jdbc.sql("SELECT secret_encrypted FROM department_webhook WHERE department = ?").param(department.value())
                .query(String.class).optional().map(this::decrypt);
    }

    /** A push up to {@code feedSeq} was acknowledged (only moves forward, and only for the same URL). */
    void pushed(DepartmentCode department, String url, long fromSeq, long feedSeq) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("UPDATE department_webhook SET pushed_seq = ?, failures = 0, last_error = NULL, last_success_at = ?, "
                        + "next_attempt_at = ? WHERE department = ? AND url = ? AND pushed_seq = ?")
                .params(feedSeq, now, now, department.value(), url, fromSeq).update();
    }

    /** A push failed: back off until {@code retryAt}. */
    void failed(DepartmentCode department, String url, String error, Instant retryAt) {
        jdbc.sql("UPDATE department_webhook SET failures = failures + 1, last_error = ?, next_attempt_at = ? "
                        + "WHERE department = ? AND url = ?")
                .params(error.length() > 200 ? error.substring(0, 200) : error, retryAt.atOffset(java.time.ZoneOffset.UTC),
                        department.value(), url).update();
    }

    /**
     * The signature header value of a push: {@code v1=} and the hex HMAC-SHA256, under the webhook secret, of
     * the timestamp header's value, a dot, and the body bytes.
     */
    public static String signature(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return "v1=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }

    static String checkUrl(String url) {
        if (url == null || url.isBlank() || url.strip().length() > 2000) {
            throw FeedProblem.INVALID_WEBHOOK_URL.failure("give an absolute http or https URL of at most 2000 characters", "url");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw FeedProblem.INVALID_WEBHOOK_URL.failure("the URL cannot be parsed", "url");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw FeedProblem.INVALID_WEBHOOK_URL.failure("only http and https URLs can receive pushes", "url");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw FeedProblem.INVALID_WEBHOOK_URL.failure("the URL names no host", "url");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw FeedProblem.INVALID_WEBHOOK_URL.failure("credentials and fragments do not belong in a webhook URL", "url");
        }
        return uri.toString();
    }

    private String encrypt(String secret) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has AES-GCM", e);
        }
    }

    private String decrypt(String stored) {
        try {
            byte[] all = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
            return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a webhook secret could not be decrypted: was the data directory's key replaced?", e);
        }
    }

    private static DepartmentWebhook row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime success = rs.getObject("last_success_at", OffsetDateTime.class);
        return new DepartmentWebhook(new DepartmentCode(rs.getString("department")), rs.getString("url"),
                rs.getLong("pushed_seq"), rs.getInt("failures"), rs.getObject("next_attempt_at", OffsetDateTime.class).toInstant(),
                rs.getString("last_error"), success == null ? null : success.toInstant());
    }
}
