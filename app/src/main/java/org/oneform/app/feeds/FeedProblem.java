package org.oneform.app.feeds;

import org.oneform.app.api.ProblemKind;
import org.springframework.http.HttpStatus;

/**
 * The typed problems of the feed API (RFC 9457); {@code code} is stable. No problem names another
 * department or echoes data.
 */
final class FeedProblem {

    static final ProblemKind UNAUTHORIZED = new ProblemKind(HttpStatus.UNAUTHORIZED, "unauthorized", "A live department API token is required");
    static final ProblemKind MALFORMED_CURSOR = new ProblemKind(HttpStatus.BAD_REQUEST, "malformed-cursor", "The cursor is not one this feed gave out");
    static final ProblemKind FOREIGN_CURSOR = new ProblemKind(HttpStatus.BAD_REQUEST, "foreign-cursor", "The cursor belongs to another feed");
    static final ProblemKind CURSOR_FROM_THE_FUTURE = new ProblemKind(HttpStatus.BAD_REQUEST, "cursor-from-the-future", "The cursor is ahead of the feed");
    static final ProblemKind CURSOR_REQUIRED = new ProblemKind(HttpStatus.BAD_REQUEST, "cursor-required", "A cursor is required");
    static final ProblemKind REPLAY_FROM_THE_FUTURE = new ProblemKind(HttpStatus.BAD_REQUEST, "replay-from-the-future", "A replay cannot start after now");
    static final ProblemKind INVALID_PARAMETER = new ProblemKind(HttpStatus.BAD_REQUEST, "invalid-parameter", "A parameter is out of range");
    static final ProblemKind INVALID_WEBHOOK_URL = new ProblemKind(HttpStatus.BAD_REQUEST, "invalid-webhook-url", "The webhook URL cannot receive pushes");
    static final ProblemKind NO_WEBHOOK = new ProblemKind(HttpStatus.NOT_FOUND, "no-webhook", "The department has no webhook");
    static final ProblemKind RATE_LIMITED = new ProblemKind(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests");

    private FeedProblem() {
    }
}
