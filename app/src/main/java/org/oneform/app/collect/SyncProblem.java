package org.oneform.app.collect;

import org.oneform.app.api.ProblemKind;
import org.springframework.http.HttpStatus;

/**
 * The typed problems of the sync API (RFC 9457). {@code type} and {@code code} are stable: clients branch on
 * them, never on {@code title} or {@code detail}. Each names the request property at fault.
 */
final class SyncProblem {

    static final ProblemKind UNAUTHORIZED = new ProblemKind(HttpStatus.UNAUTHORIZED, "unauthorized", "Sign in again");
    static final ProblemKind BAD_CREDENTIALS = new ProblemKind(HttpStatus.UNAUTHORIZED, "bad-credentials", "Wrong user name or password");
    static final ProblemKind NOT_A_GRID_WORKER = new ProblemKind(HttpStatus.FORBIDDEN, "not-a-grid-worker", "Only grid workers sync a collector");
    static final ProblemKind MALFORMED_REQUEST = new ProblemKind(HttpStatus.BAD_REQUEST, "malformed-request", "The request body is not what this endpoint takes");
    static final ProblemKind INVALID_PROPERTY = new ProblemKind(HttpStatus.BAD_REQUEST, "invalid-property", "A property is missing or wrong");
    static final ProblemKind BATCH_TOO_LARGE = new ProblemKind(HttpStatus.CONTENT_TOO_LARGE, "batch-too-large", "The batch is too large");
    static final ProblemKind SUBMISSION_CONFLICT = new ProblemKind(HttpStatus.CONFLICT, "submission-id-conflict", "This id was sent before with other content");
    static final ProblemKind SUBMISSION_INVALID = new ProblemKind(HttpStatus.UNPROCESSABLE_CONTENT, "submission-invalid", "The submission was refused");
    static final ProblemKind MISSING_ATTACHMENTS = new ProblemKind(HttpStatus.UNPROCESSABLE_CONTENT, "missing-attachments", "Upload the attachments first");
    static final ProblemKind UNKNOWN_SUBMISSION = new ProblemKind(HttpStatus.NOT_FOUND, "unknown-submission", "No such submission");
    static final ProblemKind UNKNOWN_ATTACHMENT = new ProblemKind(HttpStatus.NOT_FOUND, "unknown-attachment", "No such attachment");
    static final ProblemKind ATTACHMENT_REFUSED = new ProblemKind(HttpStatus.BAD_REQUEST, "attachment-refused", "The attachment part was refused");
    static final ProblemKind ATTACHMENT_OFFSET = new ProblemKind(HttpStatus.CONFLICT, "attachment-offset", "Resume the upload at the expected offset");
    static final ProblemKind ATTACHMENT_HASH_MISMATCH = new ProblemKind(HttpStatus.UNPROCESSABLE_CONTENT, "attachment-hash-mismatch", "The bytes do not hash to the address");

    static final ProblemKind MALFORMED_CURSOR = new ProblemKind(HttpStatus.BAD_REQUEST, "malformed-cursor", "The cursor was not given out by this server");
    static final ProblemKind FOREIGN_CURSOR = new ProblemKind(HttpStatus.BAD_REQUEST, "foreign-cursor", "The cursor was given to another worker");
    static final ProblemKind CURSOR_AHEAD = new ProblemKind(HttpStatus.BAD_REQUEST, "cursor-ahead", "The cursor is ahead of this server's data: download without a cursor");
    static final ProblemKind INVALID_PARAMETER = new ProblemKind(HttpStatus.BAD_REQUEST, "invalid-parameter", "A request parameter is out of range");

    private SyncProblem() {
    }
}
