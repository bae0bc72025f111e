package org.oneform.app.feeds;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The typed problems of the feed API (RFC 9457); {@code code} is stable. No problem names another
 * department or echoes data.
 */
enum FeedProblem {

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

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }

    String title() {
        return title;
    }

    URI type() {
        return URI.create("urn:oneform:problem:" + code);
    }

    Failure failure(String detail, String parameter) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type());
        problem.setTitle(title);
        problem.setProperty("code", code);
        if (parameter != null) {
            problem.setProperty("parameter", parameter);
        }
        return new Failure(problem);
    }

    /** Thrown by the feed controller and answered with its problem detail. */
    static final class Failure extends RuntimeException {

        private final transient ProblemDetail problem;

        Failure(ProblemDetail problem) {
            super(problem.getDetail(), null, false, false);
            this.problem = problem;
        }

        ProblemDetail problem() {
            return problem;
        }
    }
}
