package org.oneform.app.collect;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What became of one submission. {@code status}: {@code accepted} (new, with its receipt {@code seq}),
 * {@code duplicate} (sent before with the same content: the same {@code seq} and {@code receivedAt}),
 * {@code conflict} (sent before with other content: the original's {@code seq}; this one was refused),
 * {@code invalid} ({@code code} and field {@code errors}), {@code missing-attachment} (upload
 * {@code missingAttachments}, then send the submission again). Only accepted and duplicate may leave the outbox.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ItemResultDto(UUID id, String status, Long seq, Instant receivedAt, String code, List<FieldErrorDto> errors,
                     List<String> missingAttachments) {

    static final String ACCEPTED = "accepted";
    static final String DUPLICATE = "duplicate";
    static final String CONFLICT = "conflict";
    static final String INVALID = "invalid";
    static final String MISSING_ATTACHMENT = "missing-attachment";
}
