package org.oneform.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per user name and per client address and says how long the next attempt
 * must wait: nothing for the first {@value #FREE_ATTEMPTS} failures, then a delay that doubles with
 * each failure up to a cap; an address gets {@value #ADDRESS_ALLOWANCE} more. Failures are forgotten after a quiet period. The same rule applies to
 * names that exist and names that do not, so the delay reveals nothing.
 */
@Component
class LoginThrottle {

    static final int FREE_ATTEMPTS = 3;
    /** An address may be shared (an office behind one NAT), so it gets this many more free failures. */
    static final int ADDRESS_ALLOWANCE = 10;
    private static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    private static final int MAX_KEYS = 100_000;

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Duration base;
    private final Duration cap;
    private final Clock clock;

    @Autowired
    LoginThrottle(@Value("${oneform.security.login-delay-base:1s}") Duration base,
                  @Value("${oneform.security.login-delay-cap:15s}") Duration cap) {
        this(base, cap, Clock.systemUTC());
    }

    LoginThrottle(Duration base, Duration cap, Clock clock) {
        this.base = base;
        this.cap = cap;
        this.clock = clock;
    }

    /** How long to hold the attempt back before checking the password. */
    Duration delayFor(String username, String remoteAddress) {
        int count = Math.max(count("u:" + normalise(username)), count("a:" + remoteAddress) - ADDRESS_ALLOWANCE);
        if (count < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        long factor = 1L << Math.min(count - FREE_ATTEMPTS, 20);
        Duration delay = base.multipliedBy(factor);
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    void failed(String username, String remoteAddress) {
        if (failures.size() > MAX_KEYS) {
            forgetOld();
        }
        Instant now = clock.instant();
        failures.merge("u:" + normalise(username), new Failures(1, now), (a, b) -> new Failures(fresh(a) + 1, now));
        failures.merge("a:" + remoteAddress, new Failures(1, now), (a, b) -> new Failures(fresh(a) + 1, now));
    }

    void succeeded(String username, String remoteAddress) {
        failures.remove("u:" + normalise(username));
        failures.remove("a:" + remoteAddress);
    }

    private int count(String key) {
        Failures f = failures.get(key);
        return f == null ? 0 : fresh(f);
    }

    private int fresh(Failures f) {
        return f.last().plus(FORGET_AFTER).isBefore(clock.instant()) ? 0 : f.count();
    }

    private void forgetOld() {
        failures.entrySet().removeIf(e -> fresh(e.getValue()) == 0);
    }

    private static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
