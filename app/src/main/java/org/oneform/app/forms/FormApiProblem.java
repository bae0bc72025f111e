package org.oneform.app.forms;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The typed problems of the form API (RFC 9457). {@code type} and {@code code} are stable: clients branch on
 * them, never on {@code title} or {@code detail}. Every problem names the offending request parameter and its value.
 */
enum FormApiProblem {

    /** The subject type in the path is not {@code resident}, {@code household} or {@code place}. */
    UNKNOWN_SUBJECT_TYPE(HttpStatus.BAD_REQUEST, "unknown-subject-type", "Unknown subject type"),
    /** The version in the path is not a positive integer. */
    INVALID_VERSION(HttpStatus.BAD_REQUEST, "invalid-version", "Version is not a positive integer"),
    /** No such version of the subject type's form was published. */
    UNKNOWN_VERSION(HttpStatus.NOT_FOUND, "unknown-version", "No such form version"),
    /** The subject type's form has no published version yet, so there is no current one. */
    NO_PUBLISHED_VERSION(HttpStatus.NOT_FOUND, "no-published-version", "No form version published yet");

    private final HttpStatus status;
    private final String code;
    private final String title;

    FormApiProblem(HttpStatus status, String code, String title) {
        this.status = status;
        this.code = code;
        this.title = title;
    }

    /** The problem's {@code type}, e.g. {@code urn:oneform:problem:unknown-version}. */
    URI type() {
        return URI.create("urn:oneform:problem:" + code);
    }

    String code() {
        return code;
    }

    HttpStatus status() {
        return status;
    }

    /** The exception that becomes this problem, naming the path parameter at fault and its value. */
    Failure failure(String detail, String parameter, String value, Map<String, Object> more) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type());
        problem.setTitle(title);
        problem.setProperty("code", code);
        problem.setProperty("parameter", parameter);
        problem.setProperty("value", value);
        more.forEach(problem::setProperty);
        return new Failure(problem);
    }

    /** Thrown by the controller and answered with its problem detail. */
    static final class Failure extends RuntimeException {

        private final transient ProblemDetail problem;

        private Failure(ProblemDetail problem) {
            super(problem.getDetail(), null, false, false);
            this.problem = problem;
        }

        ProblemDetail problem() {
            return problem;
        }
    }
}
