package org.oneform.app.collect;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The server's receipt of one submission: its sequence, when it arrived, whether the registry has applied it
 * yet and, once applied, the golden record it went to (for a subject the worker created offline).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ReceiptDto(UUID id, long seq, Instant receivedAt, boolean applied, String subjectId) {
}
