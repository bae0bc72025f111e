package org.oneform.app.collect;

import java.io.IOException;

import java.util.Map;

import org.oneform.app.api.Problems;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses request bodies larger than the sync API takes, before anything is read: 413
 * {@code batch-too-large}. Attachments have their own size limit and are streamed, so they are not counted.
 */
final class BodySizeLimit extends OncePerRequestFilter {

    /** 500 submissions of ordinary size fit many times over; a photo never travels inside JSON. */
    static final long MAX_JSON_BYTES = 16L * 1024 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/sync/v1/attachments/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_JSON_BYTES) {
            Problems.write(response, SyncProblem.BATCH_TOO_LARGE, "the body has " + request.getContentLengthLong()
                    + " bytes; send at most " + MAX_JSON_BYTES + " per request", "oneform",
                    Map.of("property", "body", "maxBytes", MAX_JSON_BYTES));
            return;
        }
        chain.doFilter(request, response);
    }
}
