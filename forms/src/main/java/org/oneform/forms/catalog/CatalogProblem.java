package org.oneform.forms.catalog;

import java.util.Objects;

/**
 * Why a field definition (or an expression checked against the catalog) is not acceptable.
 *
 * @param fieldId the field the problem is about (or what the expression belongs to)
 * @param code    a stable code
 * @param message an English sentence naming the field and, for expressions, the position
 */
public record CatalogProblem(String fieldId, Code code, String message) {

    /** Problem codes. */
    public enum Code {
        DUPLICATE_ID,
        UNKNOWN_FIELD,
        UNKNOWN_REFERENCE,
        CROSS_SUBJECT_REFERENCE,
        MALFORMED_EXPRESSION,
        MISSING_CHOICES,
        INVALID_CHOICES,
        INVALID_GROUP
    }

    public CatalogProblem {
        Objects.requireNonNull(fieldId, "fieldId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return message;
    }
}
