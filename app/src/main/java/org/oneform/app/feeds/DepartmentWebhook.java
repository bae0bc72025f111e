package org.oneform.app.feeds;

import java.time.Instant;

import org.oneform.forms.department.DepartmentCode;

/**
 * A department's push webhook as the portal shows it (never its secret).
 *
 * @param department    whose
 * @param url           where deliveries are POSTed
 * @param pushedSeq     the push cursor: the feed position up to which the consumer acknowledged (2xx)
 * @param failures      consecutive failed attempts (0 when the last one succeeded)
 * @param nextAttemptAt when the next attempt may start (later after failures: backoff)
 * @param lastError     the last failure, e.g. {@code HTTP 503} or {@code timeout}; null after a success
 * @param lastSuccessAt when a push last succeeded, or null
 */
public record DepartmentWebhook(DepartmentCode department, String url, long pushedSeq, int failures, Instant nextAttemptAt,
                                String lastError, Instant lastSuccessAt) {
}
