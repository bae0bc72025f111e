package org.oneform.app.forms;

import java.util.LinkedHashMap;
import java.util.Map;

import org.oneform.app.api.ApiProblem;
import org.oneform.app.api.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * The typed problems of the form API (RFC 9457). {@code type} and {@code code} are stable: clients branch on
 * them, never on {@code title} or {@code detail}. Every problem names the offending request parameter and its value.
 */
enum FormApiProblem implements ApiProblem {

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

    /** The exception that becomes this problem, naming the path parameter at fault and its value. */
    ProblemException failure(String detail, String parameter, String value, Map<String, Object> more) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("parameter", parameter);
        all.put("value", value);
        all.putAll(more);
        return new ProblemException(detail(detail, null, all));
    }
}
