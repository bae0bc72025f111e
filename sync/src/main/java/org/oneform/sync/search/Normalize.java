package org.oneform.sync.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Canonical forms shared by indexing and querying, so that both sides of a term comparison went
 * through the same function. Pure functions; never throw on any input.
 */
final class Normalize {

    /** Query text is cut to this many code points (after normalisation); more is never a name, ID or address. */
    static final int MAX_QUERY_CODE_POINTS = 64;

    private static final Pattern SPACE_OR_CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Z}\\s]+");
    private static final Pattern ID_15 = Pattern.compile("\\d{15}");
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private Normalize() {
    }

    /**
     * NFKC (full-width digits and letters become ASCII, the ideographic space a space), control and
     * format characters and runs of white space become one space, trimmed. {@code null} gives "".
     */
    static String text(String raw) {
        if (raw == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        return SPACE_OR_CONTROL.matcher(nfkc).replaceAll(" ").strip();
    }

    /** {@link #text} for a query: the raw text is cut before normalising, the result to {@link #MAX_QUERY_CODE_POINTS}. */
    static String query(String raw) {
        if (raw == null) {
            return "";
        }
        String cut = raw.length() > 4 * MAX_QUERY_CODE_POINTS ? raw.substring(0, 4 * MAX_QUERY_CODE_POINTS) : raw;
        String text = text(cut);
        if (text.codePointCount(0, text.length()) > MAX_QUERY_CODE_POINTS) {
            text = text.substring(0, text.offsetByCodePoints(0, MAX_QUERY_CODE_POINTS)).strip();
        }
        return text;
    }

    /** {@link #text} without any white space. */
    static String compact(String raw) {
        return text(raw).replace(" ", "");
    }

    /**
     * The exact-name key: letters and digits only, lower case. 阿依古丽·买买提 and 阿依古丽买买提 share a key,
     * and so do {@code 张伟} and {@code "张伟"}.
     */
    static String nameKey(String raw) {
        String text = text(raw);
        StringBuilder key = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(key::appendCodePoint);
        return key.toString();
    }

    /**
     * An ID number's canonical form (GB 11643): compact, upper-case check character, a 15-digit
     * first-generation number widened to 18 digits (century 19, computed check character).
     * Anything else is returned compact and upper-cased, unvalidated.
     */
    static String idNumber(String raw) {
        String id = compact(raw).toUpperCase(Locale.ROOT);
        if (ID_15.matcher(id).matches()) {
            String body = id.substring(0, 6) + "19" + id.substring(6);
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += (body.charAt(i) - '0') * ID_WEIGHTS[i];
            }
            id = body + ID_CHECK.charAt(sum % 11);
        }
        return id;
    }

    /**
     * A phone number's canonical form: its digits only, without a leading {@code 86} country code
     * in front of an 11-digit mobile number. "" when there are no digits.
     */
    static String phone(String raw) {
        String text = text(raw);
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        if (digits.length() == 13 && digits.charAt(0) == '8' && digits.charAt(1) == '6' && digits.charAt(2) == '1') {
            digits.delete(0, 2);
        }
        return digits.toString();
    }

    /** The last four characters, or "" when the value is shorter than four. */
    static String tail(String value) {
        return value.length() < 4 ? "" : value.substring(value.length() - 4);
    }
}
