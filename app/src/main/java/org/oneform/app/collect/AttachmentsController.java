package org.oneform.app.collect;

import java.io.IOException;
import java.util.Map;

import org.oneform.app.api.ProblemException;
import org.oneform.sync.intake.AttachmentException;
import org.oneform.sync.intake.AttachmentStatus;
import org.oneform.sync.intake.Attachments;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Attachments by SHA-256: {@code GET} (or {@code HEAD}) tells how far an upload came; {@code PUT} sends the
 * bytes from {@code Upload-Offset} on, with the full size in {@code Upload-Length}. Resending a complete
 * attachment is harmless. The last part is checked against the address; a mismatch starts the upload over.
 */
@RestController
@RequestMapping("/api/sync/v1/attachments")
@Tag(name = "Attachments", description = "Content-addressed, resumable photo upload")
class AttachmentsController {

    static final String UPLOAD_OFFSET = "Upload-Offset";
    static final String UPLOAD_LENGTH = "Upload-Length";

    private final Attachments attachments;
    private final SyncWireMapper mapper;

    AttachmentsController(Attachments attachments, SyncWireMapper mapper) {
        this.attachments = attachments;
        this.mapper = mapper;
    }

    @GetMapping("/{sha256}")
    @Operation(summary = "Upload status", description = "Where to resume (received) and whether it is complete.")
    ResponseEntity<AttachmentStatusDto> status(@PathVariable String sha256) {
        AttachmentStatus status = attachments.status(sha256).orElseThrow(() -> SyncProblem.UNKNOWN_ATTACHMENT.failure(
                "no upload of " + sha256 + " was started", "sha256"));
        return ResponseEntity.ok().header(UPLOAD_OFFSET, Long.toString(status.received()))
                .header(UPLOAD_LENGTH, Long.toString(status.size())).body(mapper.toDto(status));
    }

    @PutMapping("/{sha256}")
    @Operation(summary = "Upload bytes", description = "The bytes from Upload-Offset (default 0) on; Upload-Length is the full size. 201 once complete and checked.")
    ResponseEntity<AttachmentStatusDto> upload(@PathVariable String sha256,
                                               @RequestHeader(HttpHeaders.CONTENT_TYPE) String mediaType,
                                               @RequestHeader(UPLOAD_LENGTH) long size,
                                               @RequestHeader(value = UPLOAD_OFFSET, defaultValue = "0") long offset,
                                               HttpServletRequest request, Authentication auth) throws IOException {
        boolean wasComplete = attachments.status(sha256).map(AttachmentStatus::complete).orElse(false);
        AttachmentStatus status;
        try {
            status = attachments.receive(sha256, mediaType.split(";")[0].strip(), size, offset, request.getInputStream(),
                    SubmissionsController.principal(auth).account().username());
        } catch (AttachmentException e) {
            throw problem(e);
        }
        HttpStatus code = status.complete() && !wasComplete ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(code).header(UPLOAD_OFFSET, Long.toString(status.received()))
                .body(mapper.toDto(status));
    }

    private static ProblemException problem(AttachmentException e) {
        Map<String, Object> more = Map.of("reason", e.code().name().toLowerCase().replace('_', '-'),
                "expectedOffset", e.expectedOffset());
        return switch (e.code()) {
            case WRONG_OFFSET, SIZE_CHANGED -> SyncProblem.ATTACHMENT_OFFSET.failure(e.getMessage(), UPLOAD_OFFSET, more);
            case HASH_MISMATCH -> SyncProblem.ATTACHMENT_HASH_MISMATCH.failure(e.getMessage(), "sha256", more);
            case BAD_ADDRESS -> SyncProblem.ATTACHMENT_REFUSED.failure(e.getMessage(), "sha256", more);
            case BAD_SIZE, TOO_LONG -> SyncProblem.ATTACHMENT_REFUSED.failure(e.getMessage(), UPLOAD_LENGTH, more);
            case BAD_MEDIA_TYPE -> SyncProblem.ATTACHMENT_REFUSED.failure(e.getMessage(), HttpHeaders.CONTENT_TYPE, more);
        };
    }
}
