package org.oneform.app.collect;

import java.io.IOException;

import java.util.Map;

import org.oneform.app.accounts.Accounts;
import org.oneform.app.api.ProblemKind;
import org.oneform.app.api.Problems;
import org.oneform.app.accounts.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The collector's own filter chain for {@code /api/sync/**}: stateless, no cookies, no CSRF (nothing here is
 * sent by a browser on its own), bearer device tokens; only {@code POST /api/sync/v1/session} is open. A
 * missing, unknown, expired or revoked token gets 401 {@code unauthorized} — "sign in again", which the
 * collector never treats as "drop the outbox".
 */
@Configuration(proxyBeanMethods = false)
class CollectorSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain collectorChain(HttpSecurity http, DeviceTokens tokens, Accounts accounts) throws Exception {
        return http.securityMatcher("/api/sync/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/sync/v1/session").permitAll()
                        .anyRequest().hasRole(Role.GRID_WORKER.name()))
                .addFilterBefore(new BearerTokenFilter(tokens, accounts), AuthorizationFilter.class)
                .addFilterBefore(new BodySizeLimit(), BearerTokenFilter.class)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> problem(response, SyncProblem.UNAUTHORIZED,
                                "A valid device token is required: sign in again (POST /api/sync/v1/session)."))
                        .accessDeniedHandler((request, response, ex) -> problem(response, SyncProblem.NOT_A_GRID_WORKER,
                                "This token's account may not use the collector API.")))
                .build();
    }

    /**
     * The collector's pages ({@code /collect} and its client-side routes) are the same static app shell for
     * everyone: open without a session, so the service worker can precache the shell while nobody is signed in
     * and the worker can open it offline. They hold no data; the data comes from {@code /api/sync/**} with a
     * device token. No session is created or used here (docs/decisions/0022-collector-precache.md).
     */
    @Bean
    @Order(1)
    SecurityFilterChain collectorPagesChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/collect", "/collect/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .build();
    }

    private static void problem(HttpServletResponse response, ProblemKind problem, String detail) throws IOException {
        Problems.write(response, problem, detail, "oneform", Map.of());
    }
}
