package org.oneform.sync.intake;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.oneform.forms.validate.FieldError;

/** What became of one submission of a batch. One bad item never fails the others. */
public sealed interface ItemResult {

    UUID id();

    /** Newly written to the ledger under {@code seq}. */
    record Accepted(UUID id, long seq, Instant receivedAt) implements ItemResult {
    }

    /** Sent before with the same content: the acknowledgement it got then, unchanged. */
    record Duplicate(UUID id, long seq, Instant receivedAt) implements ItemResult {
    }

    /** Sent before with different content: the original ({@code seq}) stays, this one is refused. */
    record Conflict(UUID id, long seq, Instant receivedAt) implements ItemResult {

        /** The problem code clients branch on. */
        public static final String CODE = "submission-id-conflict";
    }

    /**
     * Refused, nothing stored. {@code code} says what kind ({@link IntakeCodes}); {@code errors} name each
     * field (or envelope property such as {@code formVersion}) and why.
     */
    record Invalid(UUID id, String code, List<FieldError> errors) implements ItemResult {

        public Invalid {
            Objects.requireNonNull(code, "code");
            errors = List.copyOf(errors);
        }
    }

    /** Refused until the named attachments (SHA-256) are uploaded completely; send it again then. */
    record MissingAttachments(UUID id, List<String> sha256) implements ItemResult {

        public MissingAttachments {
            sha256 = List.copyOf(sha256);
        }
    }
}
