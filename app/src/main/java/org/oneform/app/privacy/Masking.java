package org.oneform.app.privacy;

/** Masks identifiers for display. Works on any text, valid or not, and never shows more than it should. */
public final class Masking {

    private Masking() {
    }

    /** {@code 330187199001011234} → {@code 330187********1234}; short values are masked whole. */
    public static String idNumber(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String v = value.strip();
        if (v.length() < 12) {
            return "*".repeat(v.length());
        }
        return v.substring(0, 6) + "*".repeat(v.length() - 10) + v.substring(v.length() - 4);
    }

    /** {@code 13800138000} → {@code 138****8000}; short values are masked whole. */
    public static String phone(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String v = value.strip();
        if (v.length() < 7) {
            return "*".repeat(v.length());
        }
        return v.substring(0, 3) + "*".repeat(v.length() - 7) + v.substring(v.length() - 4);
    }
}
