package org.oneform.app.feeds;

import org.oneform.app.api.ApiProblem;
import org.springframework.http.HttpStatus;

/**
 * The typed problems of the feed API (RFC 9457); {@code code} is stable. No problem names another
 * department or echoes data.
 */
enum FeedProblem implements ApiProblem {

    UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "unauthorized", "A live department API token is required"),
    MALFORMED_CURSOR(HttpStatus.BAD_REQUEST, "malformed-cursor", "The cursor is not one this feed gave out"),
    FOREIGN_CURSOR(HttpStatus.BAD_REQUEST, "foreign-cursor", "The cursor belongs to another feed"),
    CURSOR_FROM_THE_FUTURE(HttpStatus.BAD_REQUEST, "cursor-from-the-future", "The cursor is ahead of the feed"),
    INVALID_PARAMETER(HttpStatus.BAD_REQUEST, "invalid-parameter", "A parameter is out of range"),
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests");

    private final HttpStatus status;
    private final String code;
    private final String title;

    FeedProblem(HttpStatus status, String code, String title) {
        this.status = status;
        this.code = code;
        this.title = title;
    }

    @Override
    public HttpStatus status() {
        return status;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String title() {
        return title;
    }
}
