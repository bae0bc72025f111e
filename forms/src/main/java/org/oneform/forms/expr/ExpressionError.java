package org.oneform.forms.expr;

/**
 * Why an expression could not be parsed or evaluated.
 *
 * @param position 0-based offset, in Unicode code points, into the expression's source
 * @param reason   a stable, machine-readable code (shared with the TypeScript evaluator and the
 *                 conformance file)
 * @param message  an English sentence that names the reason and ends with {@code at <position>},
 *                 e.g. {@code unknown function 'foo' at 7}
 */
public record ExpressionError(int position, Reason reason, String message) {

    /** Reason codes; {@link #code()} is what the conformance file and the tablet use. */
    public enum Reason {
        // parse errors
        UNEXPECTED_CHARACTER("unexpected-character"),
        UNTERMINATED_STRING("unterminated-string"),
        INVALID_FIELD_REFERENCE("invalid-field-reference"),
        UNEXPECTED_TOKEN("unexpected-token"),
        UNEXPECTED_END("unexpected-end"),
        UNKNOWN_FUNCTION("unknown-function"),
        WRONG_ARGUMENT_COUNT("wrong-argument-count"),
        // evaluation errors
        NOT_A_NUMBER("not-a-number"),
        NOT_A_DATE("not-a-date"),
        NOT_A_BOOLEAN("not-a-boolean"),
        TYPE_MISMATCH("type-mismatch"),
        DIVISION_BY_ZERO("division-by-zero"),
        INVALID_REGEX("invalid-regex"),
        INVALID_ARGUMENT("invalid-argument");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** An error whose message is {@code description + " at " + position}. */
    public static ExpressionError of(int position, Reason reason, String description) {
        return new ExpressionError(position, reason, description + " at " + position);
    }
}
