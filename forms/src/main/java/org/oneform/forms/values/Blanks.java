package org.oneform.forms.values;

import java.util.regex.Pattern;

/**
 * What counts as blank around and between typed values: every Unicode space (Zs, Zl, Zp — the no-break space and
 * the ideographic space an IME types included), the ASCII controls {@code \t \n \u000B \f \r} and
 * {@code \u001C–\u001F}, and the byte-order mark. {@link String#strip()} keeps the no-break space, so a name of
 * only {@code "\u00A0"} used to count as filled in. The collector's form engine uses the same set
 * ({@code frontend/collect/form/values.ts}); see docs/decisions/0018-gps-values-and-validation-conformance.md.
 */
public final class Blanks {

    /** One or more blank characters. */
    public static final Pattern RUN = Pattern.compile("[\\s\\p{Z}\\x{1C}-\\x{1F}\\x{FEFF}]+");

    private Blanks() {
    }

    /** Whether {@code c} is a blank. */
    public static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /** {@code text} without blanks at either end. */
    public static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** Whether {@code text} is empty or only blanks. */
    public static boolean isBlank(String text) {
        return strip(text).isEmpty();
    }

    /** The blank-separated words of {@code text} (none for a blank text). */
    public static String[] words(String text) {
        String stripped = strip(text);
        return stripped.isEmpty() ? new String[0] : RUN.split(stripped);
    }
}
