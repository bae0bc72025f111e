package org.oneform.app.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A token's last use is noted at most once a minute, and within that minute an upload sends no statement for it
 * (docs/decisions/0043-apply-loop-cpu-and-the-ack-tail.md): observed here by clearing the column behind the
 * process's back — it stays clear until the minute is over.
 */
class DeviceTokensTest {

    private final Instant start = Instant.parse("2026-12-03T08:00:00Z");
    private Instant now = start;
    private JdbcClient jdbc;
    private DeviceTokens tokens;

    @BeforeEach
    void open() {
        var h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:tokens-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        jdbc = JdbcClient.create(h2);
        jdbc.sql("CREATE TABLE account (username VARCHAR(64) PRIMARY KEY, enabled BOOLEAN NOT NULL)").update();
        jdbc.sql("""
                CREATE TABLE device_token (token_hash CHAR(64) PRIMARY KEY, username VARCHAR(64) NOT NULL REFERENCES account (username),
                    device_id VARCHAR(100) NOT NULL, issued_at TIMESTAMP WITH TIME ZONE NOT NULL,
                    expires_at TIMESTAMP WITH TIME ZONE NOT NULL, last_used_at TIMESTAMP WITH TIME ZONE,
                    revoked_at TIMESTAMP WITH TIME ZONE)""").update();
        jdbc.sql("INSERT INTO account (username, enabled) VALUES ('worker01', TRUE)").update();
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        tokens = new DeviceTokens(jdbc, clock, Duration.ofDays(30));
    }

    private Instant lastUsed(DeviceSession session) {
        OffsetDateTime at = jdbc.sql("SELECT last_used_at FROM device_token WHERE token_hash = ?").param(session.tokenHash())
                .query(OffsetDateTime.class).optional().orElse(null);
        return at == null ? null : at.toInstant();
    }

    @Test
    void aTokensUseIsNotedOnceAMinuteAndNotSentInBetween() {
        var session = tokens.find(tokens.issue("worker01", "tablet-1").token()).orElseThrow();

        tokens.touch(session);
        assertThat(lastUsed(session)).isEqualTo(start);

        jdbc.sql("UPDATE device_token SET last_used_at = NULL").update();
        now = start.plusSeconds(59);
        tokens.touch(session);
        assertThat(lastUsed(session)).as("touched 59 s ago: no statement sent").isNull();

        now = start.plusSeconds(61);
        tokens.touch(session);
        assertThat(lastUsed(session)).isEqualTo(start.plusSeconds(61));
    }
}
