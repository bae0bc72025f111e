package org.oneform.forms.xlsform;

import java.util.Objects;

/**
 * One thing wrong with (or lost from) an XLSForm, named by sheet and row so its author can find it.
 *
 * @param sheet    the sheet, e.g. {@code survey}; the file name for problems with the file itself
 * @param row      the spreadsheet row number as Excel shows it (the header is row 1), or 0 for the whole sheet
 * @param column   the column, e.g. {@code relevant}, or empty
 * @param code     what kind of problem; {@link Code#blocking()} ones stop the import
 * @param detail   the offending value or the reason, in the author's terms (a type name, an expression error)
 */
public record ImportProblem(String sheet, int row, String column, Code code, String detail) {

    /** The kinds of problem. Blocking ones are errors: nothing is imported while any remains. */
    public enum Code {
        UNREADABLE_FILE(true),
        MISSING_SHEET(true),
        MISSING_COLUMN(true),
        TOO_LARGE(true),
        UNSUPPORTED_TYPE(true),
        INVALID_NAME(true),
        DUPLICATE_NAME(true),
        UNKNOWN_CHOICE_LIST(true),
        INVALID_CHOICE(true),
        UNBALANCED_GROUP(true),
        NESTED_REPEAT(true),
        MALFORMED_EXPRESSION(true),
        UNKNOWN_REFERENCE(true),
        CYCLIC_CALCULATION(true),
        UNKNOWN_MAPPING(true),
        INCOMPATIBLE_MAPPING(true),
        DUPLICATE_MAPPING(true),
        REJECTED(true),
        /** A column or setting that has no counterpart here (appearance, choice_filter, default…); the rest imports. */
        NOT_CARRIED_OVER(false),
        /** A label missing in one language ({@code detail} is {@code zh} or {@code en}); the other language's label is used. */
        MISSING_TRANSLATION(false);

        private final boolean blocking;

        Code(boolean blocking) {
            this.blocking = blocking;
        }

        public boolean blocking() {
            return blocking;
        }

        /** The message key suffix, e.g. {@code unsupported-type}. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public ImportProblem {
        Objects.requireNonNull(sheet, "sheet");
        column = column == null ? "" : column;
        Objects.requireNonNull(code, "code");
        detail = detail == null ? "" : detail;
    }

    public boolean blocking() {
        return code.blocking();
    }

    /** Where, for messages: {@code survey row 7 (relevant)}. */
    public String where() {
        return sheet + (row > 0 ? " row " + row : "") + (column.isEmpty() ? "" : " (" + column + ")");
    }

    @Override
    public String toString() {
        return where() + ": " + code.key() + (detail.isEmpty() ? "" : ": " + detail);
    }
}
