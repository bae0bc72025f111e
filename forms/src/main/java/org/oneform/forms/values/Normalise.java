package org.oneform.forms.values;

import java.text.Normalizer;

/** The input clean-up shared by the value types: full-width to half-width, no spaces, no invisible characters. */
final class Normalise {

    private Normalise() {
    }

    /**
     * NFKC (full-width digits and letters become ASCII, the ideographic space becomes a space), then
     * drops whitespace and invisible format characters (zero-width space, byte order mark) and turns
     * the multiplication sign {@code ×}, often typed for the X of an ID number, into {@code X}.
     */
    static String compact(String raw) {
        if (raw == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        var out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT) {
                continue;
            }
            out.append(c == '\u00D7' ? 'X' : c);
        }
        return out.toString();
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean allDigits(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isAsciiDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Keeps the first {@code keepStart} and last {@code keepEnd} characters, stars in between. */
    static String mask(String value, int keepStart, int keepEnd) {
        if (value.length() <= keepStart + keepEnd) {
            return "*".repeat(value.length());
        }
        return value.substring(0, keepStart) + "*".repeat(value.length() - keepStart - keepEnd)
                + value.substring(value.length() - keepEnd);
    }
}
