package org.oneform.app.collect;

import org.oneform.app.api.ApiProblem;
import org.springframework.http.HttpStatus;

/**
 * The typed problems of the sync API (RFC 9457). {@code type} and {@code code} are stable: clients branch on
 * them, never on {@code title} or {@code detail}. Each names the request property at fault.
 */
enum SyncProblem implements ApiProblem {

    UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "unauthorized", "Sign in again"),
    BAD_CREDENTIALS(HttpStatus.UNAUTHORIZED, "bad-credentials", "Wrong user name or password"),
    NOT_A_GRID_WORKER(HttpStatus.FORBIDDEN, "not-a-grid-worker", "Only grid workers sync a collector"),
    MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "malformed-request", "The request body is not what this endpoint takes"),
    INVALID_PROPERTY(HttpStatus.BAD_REQUEST, "invalid-property", "A property is missing or wrong"),
    BATCH_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "batch-too-large", "The batch is too large"),
    SUBMISSION_CONFLICT(HttpStatus.CONFLICT, "submission-id-conflict", "This id was sent before with other content"),
    SUBMISSION_INVALID(HttpStatus.UNPROCESSABLE_CONTENT, "submission-invalid", "The submission was refused"),
    MISSING_ATTACHMENTS(HttpStatus.UNPROCESSABLE_CONTENT, "missing-attachments", "Upload the attachments first"),
    UNKNOWN_SUBMISSION(HttpStatus.NOT_FOUND, "unknown-submission", "No such submission"),
    UNKNOWN_ATTACHMENT(HttpStatus.NOT_FOUND, "unknown-attachment", "No such attachment"),
    ATTACHMENT_REFUSED(HttpStatus.BAD_REQUEST, "attachment-refused", "The attachment part was refused"),
    ATTACHMENT_OFFSET(HttpStatus.CONFLICT, "attachment-offset", "Resume the upload at the expected offset"),
    ATTACHMENT_HASH_MISMATCH(HttpStatus.UNPROCESSABLE_CONTENT, "attachment-hash-mismatch",
            "The bytes do not hash to the address");

    private final HttpStatus status;
    private final String code;
    private final String title;

    SyncProblem(HttpStatus status, String code, String title) {
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
