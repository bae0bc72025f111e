package org.oneform.app.collect;

import java.io.IOException;

import org.oneform.app.accounts.Accounts;
import org.oneform.app.api.BearerSecrets;
import org.oneform.app.accounts.Role;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authenticates {@code Authorization: Bearer oft_…} against {@link DeviceTokens}: a live token of an enabled
 * grid worker's account becomes the request's principal ({@link CollectorPrincipal}); anything else leaves the
 * request anonymous, and the chain answers 401. Only in the collector's filter chain, never a servlet filter.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private final DeviceTokens tokens;
    private final Accounts accounts;

    BearerTokenFilter(DeviceTokens tokens, Accounts accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            tokens.find(header.substring(7).strip()).ifPresent(session -> accounts.find(session.username())
                    .filter(account -> account.enabled() && account.role() == Role.GRID_WORKER)
                    .ifPresent(account -> {
                        tokens.touch(session);
                        BearerSecrets.authenticate(new CollectorPrincipal(session, account), account.role().authority());
                    }));
        }
        // the context is cleared by the chain's SecurityContextHolderFilter once the response is written;
        // clearing it here would hide the principal from ExceptionTranslationFilter on the way out
        chain.doFilter(request, response);
    }
}
