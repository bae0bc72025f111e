package org.oneform.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-11-22T08:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(Duration.ofSeconds(1), Duration.ofSeconds(15), new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void delayGrowsAfterTheFreeAttemptsUpToTheCap() {
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            assertThat(throttle.delayFor("zhang", "10.0.0.1")).isZero();
            throttle.failed("zhang", "10.0.0.1");
        }
        assertThat(throttle.delayFor("zhang", "10.0.0.9")).hasSeconds(1);
        throttle.failed("zhang", "10.0.0.1");
        assertThat(throttle.delayFor("zhang", "10.0.0.9")).hasSeconds(2);
        for (int i = 0; i < 10; i++) {
            throttle.failed("zhang", "10.0.0.1");
        }
        assertThat(throttle.delayFor("Zhang ", "10.0.0.9")).as("names compare case- and space-insensitively").hasSeconds(15);
    }

    @Test
    void oneAddressTryingManyNamesIsSlowedToo() {
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS + LoginThrottle.ADDRESS_ALLOWANCE; i++) {
            throttle.failed("user" + i, "10.0.0.2");
        }
        assertThat(throttle.delayFor("someone-else", "10.0.0.2")).isPositive();
        assertThat(throttle.delayFor("someone-else", "10.0.0.3")).isZero();
    }

    @Test
    void successAndTimeForgetFailures() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("li", "10.0.0.4");
        }
        throttle.succeeded("li", "10.0.0.4");
        assertThat(throttle.delayFor("li", "10.0.0.4")).isZero();
        for (int i = 0; i < 5; i++) {
            throttle.failed("wang", "10.0.0.5");
        }
        now = now.plus(Duration.ofMinutes(16));
        assertThat(throttle.delayFor("wang", "10.0.0.5")).isZero();
    }
}
