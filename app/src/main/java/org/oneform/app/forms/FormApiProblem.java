package org.oneform.app.forms;

import org.oneform.app.api.ProblemKind;
import org.springframework.http.HttpStatus;

/**
 * The typed problems of the form API (RFC 9457). {@code type} and {@code code} are stable: clients branch on
 * them, never on {@code title} or {@code detail}. Every problem names the offending request parameter and its value.
 */
final class FormApiProblem {

    /** The subject type in the path is not {@code resident}, {@code household} or {@code place}. */
    static final ProblemKind UNKNOWN_SUBJECT_TYPE = new ProblemKind(HttpStatus.BAD_REQUEST, "unknown-subject-type", "Unknown subject type");
    /** The version in the path is not a positive integer. */
    static final ProblemKind INVALID_VERSION = new ProblemKind(HttpStatus.BAD_REQUEST, "invalid-version", "Version is not a positive integer");
    /** No such version of the subject type's form was published. */
    static final ProblemKind UNKNOWN_VERSION = new ProblemKind(HttpStatus.NOT_FOUND, "unknown-version", "No such form version");
    /** The subject type's form has no published version yet, so there is no current one. */
    static final ProblemKind NO_PUBLISHED_VERSION = new ProblemKind(HttpStatus.NOT_FOUND, "no-published-version", "No form version published yet");

    private FormApiProblem() {
    }
}
