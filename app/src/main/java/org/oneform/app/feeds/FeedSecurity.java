package org.oneform.app.feeds;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

import java.util.Map;

import org.oneform.app.api.BearerSecrets;
import org.oneform.app.api.ProblemKind;
import org.oneform.app.api.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The feed API's own filter chain for {@code /api/feeds/**}: stateless, department API tokens only, a
 * request budget per token (Bucket4j: a burst, refilled per second). A missing or revoked token is 401;
 * over budget is 429 with {@code Retry-After}.
 */
@Configuration(proxyBeanMethods = false)
class FeedSecurity {

    static final String AUTHORITY = "FEED";

    @Bean
    @Order(0)
    SecurityFilterChain feedChain(HttpSecurity http, DepartmentTokens tokens,
                                  @Value("${oneform.feeds.requests-per-second:20}") int perSecond) throws Exception {
        return http.securityMatcher("/api/feeds/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority(AUTHORITY))
                .addFilterBefore(new TokenFilter(tokens, perSecond), AuthorizationFilter.class)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> write(response,
                        FeedProblem.UNAUTHORIZED, "send Authorization: Bearer <a live token from the department portal>")))
                .build();
    }

    static void write(HttpServletResponse response, ProblemKind problem, String detail) throws IOException {
        Problems.write(response, problem, detail, "oneform-feeds", Map.of());
    }

    /** Bearer department token → principal {@link DepartmentToken}; then the token's request budget. */
    static final class TokenFilter extends OncePerRequestFilter {

        private final DepartmentTokens tokens;
        private final int perSecond;
        private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

        TokenFilter(DepartmentTokens tokens, int perSecond) {
            this.tokens = tokens;
            this.perSecond = perSecond;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                var token = tokens.find(header.substring(7).strip());
                if (token.isPresent()) {
                    Bucket bucket = buckets.computeIfAbsent(token.get().hash(), h -> Bucket.builder()
                            .addLimit(Bandwidth.builder().capacity(perSecond * 2L).refillGreedy(perSecond, Duration.ofSeconds(1)).build())
                            .build());
                    var probe = bucket.tryConsumeAndReturnRemaining(1);
                    if (!probe.isConsumed()) {
                        response.setHeader("Retry-After", Long.toString(Math.max(1, probe.getNanosToWaitForRefill() / 1_000_000_000L)));
                        write(response, FeedProblem.RATE_LIMITED, "slow down: at most " + perSecond + " requests a second per token");
                        return;
                    }
                    tokens.touch(token.get());
                    BearerSecrets.authenticate(token.get(), AUTHORITY);
                }
            }
            chain.doFilter(request, response);
        }
    }
}
