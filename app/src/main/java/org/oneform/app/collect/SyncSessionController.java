package org.oneform.app.collect;

import java.util.LinkedHashMap;
import java.util.Map;

import org.oneform.app.accounts.Account;
import org.oneform.app.accounts.AccountUser;
import org.oneform.app.accounts.Role;
import org.oneform.app.audit.AuditLog;
import org.oneform.sync.area.Area;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.area.Areas;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Device sessions: a grid worker signs a device in with user name and password (through the same throttled,
 * audited check as the sign-in page) and gets a bearer token; the device signs out by revoking it.
 */
@RestController
@RequestMapping("/api/sync/v1/session")
@Tag(name = "Session", description = "Device sign-in with bearer tokens")
class SyncSessionController {

    private static final int MAX_DEVICE_ID = 100;

    private final AuthenticationManager authentication;
    private final DeviceTokens tokens;
    private final AuditLog audit;
    private final Areas areas;

    SyncSessionController(AuthenticationManager authentication, DeviceTokens tokens, AuditLog audit, Areas areas) {
        this.authentication = authentication;
        this.tokens = tokens;
        this.audit = audit;
        this.areas = areas;
    }

    @PostMapping
    @Operation(summary = "Sign a device in", description = "Returns a bearer token for the device; earlier tokens of the same device are revoked.")
    ResponseEntity<SessionResponse> signIn(@RequestBody SessionRequest body, HttpServletRequest request) {
        if (body == null || blank(body.username()) || body.password() == null) {
            throw SyncProblem.INVALID_PROPERTY.failure("username and password are required", "username");
        }
        if (blank(body.deviceId()) || body.deviceId().length() > MAX_DEVICE_ID) {
            throw SyncProblem.INVALID_PROPERTY.failure("deviceId is required, 1 to " + MAX_DEVICE_ID + " characters", "deviceId");
        }
        Account account;
        try {
            var attempt = UsernamePasswordAuthenticationToken.unauthenticated(body.username().strip(), body.password());
            attempt.setDetails(new WebAuthenticationDetails(request));
            Authentication done = authentication.authenticate(attempt);
            account = ((AccountUser) done.getPrincipal()).account();
        } catch (AuthenticationException e) {
            throw SyncProblem.BAD_CREDENTIALS.failure("Wrong user name or password.", "username");
        }
        if (account.role() != Role.GRID_WORKER) {
            throw SyncProblem.NOT_A_GRID_WORKER.failure("Only grid workers sign in a collector device.", "username");
        }
        DeviceTokens.IssuedToken issued = tokens.issue(account.username(), body.deviceId().strip());
        audit.record(account.username(), "device-session", body.deviceId().strip(), null, request.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.CREATED).body(new SessionResponse(issued.token(), "Bearer",
                issued.expiresAt(), account.username(), account.displayName(),
                account.areas().stream().map(AreaId::value).toList(), gridNames(account)));
    }

    @DeleteMapping
    @Operation(summary = "Sign the device out", description = "Revokes the token this request carries.")
    ResponseEntity<Void> signOut(Authentication principal, HttpServletRequest request) {
        var collector = (CollectorPrincipal) principal.getPrincipal();
        tokens.revoke(collector.session().tokenHash());
        audit.record(collector.account().username(), "device-signed-out", collector.session().deviceId(), null,
                request.getRemoteAddr());
        return ResponseEntity.noContent().build();
    }

    /**
     * Each grid's name by id, in the account's order, with its community ("清河社区第1网格": grid names repeat
     * across communities); a grid missing from the area tree shows its id.
     */
    private Map<String, String> gridNames(Account account) {
        Map<String, String> names = new LinkedHashMap<>();
        for (AreaId grid : account.areas()) {
            names.put(grid.value(), areas.find(grid).map(this::withCommunity).orElse(grid.value()));
        }
        return names;
    }

    private String withCommunity(Area grid) {
        return grid.parent() == null ? grid.name()
                : areas.find(grid.parent()).map(community -> community.name() + grid.name()).orElse(grid.name());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

}
