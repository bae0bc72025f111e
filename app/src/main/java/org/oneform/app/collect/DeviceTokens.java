package org.oneform.app.collect;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.oneform.app.api.BearerSecrets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bearer tokens for collector devices: 256 random bits, shown once to the device, stored only as their
 * SHA-256 (a leaked table opens nothing), expiring, revocable one by one or per device.
 */
@Component
class DeviceTokens {

    /** Tokens start with this, so a leaked one is recognisable in logs and secret scanners. */
    static final String PREFIX = "oft_";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration lifetime;
    /** When this process last noted each token's use (token hash → time), so it notes it at most once a minute. */
    private final Map<String, Instant> touched = new ConcurrentHashMap<>();
    private static final int TOUCHED_REMEMBERED = 100_000;

    DeviceTokens(JdbcClient jdbc, Clock clock, @Value("${oneform.sync.token-lifetime:30d}") Duration lifetime) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** A new token for a worker's device; earlier tokens of the same device are revoked. */
    IssuedToken issue(String username, String deviceId) {
        String token = BearerSecrets.newToken(PREFIX);
        Instant now = clock.instant();
        Instant expires = now.plus(lifetime);
        revokeDevice(username, deviceId);
        jdbc.sql("INSERT INTO device_token (token_hash, username, device_id, issued_at, expires_at) VALUES (?, ?, ?, ?, ?)")
                .params(hash(token), username, deviceId, utc(now), utc(expires)).update();
        return new IssuedToken(token, expires);
    }

    record IssuedToken(String token, Instant expiresAt) {
    }

    /** The live session of a token: known, not revoked, not expired, account enabled. */
    Optional<DeviceSession> find(String token) {
        if (!BearerSecrets.looksLike(token, PREFIX)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT t.token_hash, t.username, t.device_id, t.expires_at FROM device_token t
                        JOIN account a ON a.username = t.username
                        WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > ? AND a.enabled""")
                .params(hash(token), utc(clock.instant()))
                .query((rs, n) -> new DeviceSession(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /**
     * Notes the token was used, at most once a minute per token (no write per request). Within that minute the
     * process remembers it touched the token and sends nothing: the statement (which changed no row) was a database
     * round trip on every upload's path (docs/decisions/0043-apply-loop-cpu-and-the-ack-tail.md).
     */
    void touch(DeviceSession session) {
        Instant now = clock.instant();
        Instant last = touched.get(session.tokenHash());
        if (last != null && last.isAfter(now.minusSeconds(60))) {
            return;
        }
        if (touched.size() >= TOUCHED_REMEMBERED) {
            touched.clear(); // forget them all rather than grow: the next use of each touches once more
        }
        touched.put(session.tokenHash(), now);
        jdbc.sql("UPDATE device_token SET last_used_at = ? WHERE token_hash = ? AND (last_used_at IS NULL OR last_used_at < ?)")
                .params(utc(now), session.tokenHash(), utc(now.minusSeconds(60))).update();
    }

    boolean revoke(String tokenHash) {
        return jdbc.sql("UPDATE device_token SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL")
                .params(utc(clock.instant()), tokenHash).update() > 0;
    }

    /** Revokes every live token of a worker's device; returns how many. */
    int revokeDevice(String username, String deviceId) {
        return jdbc.sql("UPDATE device_token SET revoked_at = ? WHERE username = ? AND device_id = ? AND revoked_at IS NULL")
                .params(utc(clock.instant()), username, deviceId).update();
    }

    static String hash(String token) {
        return BearerSecrets.hash(token);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
