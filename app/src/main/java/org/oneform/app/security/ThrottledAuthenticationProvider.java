package org.oneform.app.security;

import java.time.Duration;

import org.oneform.app.audit.AuditLog;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Wraps the password check: holds an attempt back by the throttle's delay (cheap on virtual threads),
 * records the outcome, and audits it. Every failure surfaces as the same bad-credentials error.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle, AuditLog audit) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "unknown";
        pause(throttle.delayFor(username, address));
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.succeeded(username, address);
            audit.record(username, "sign-in", null, null, address);
            return result;
        } catch (AuthenticationException e) {
            throttle.failed(username, address);
            audit.record(username == null ? "" : username, "sign-in-failed", null, e.getClass().getSimpleName(), address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
