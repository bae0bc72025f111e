package org.oneform.sync.search;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a piece of search-box text looks like, decided from its characters and length alone. The
 * text is already {@link Normalize#query normalised}; spaces, hyphens and a leading {@code +} are
 * ignored for the numeric kinds, so {@code 138 1234-5678} is a phone number.
 */
enum QueryKind {
    /** Nothing to search for. */
    NONE,
    /** 18 characters (17 digits and a digit or X) or a first-generation 15-digit number. */
    ID_NUMBER,
    /** A mobile number (11 digits from 1, optionally after 86) or a landline with area code (10–12 digits from 0). */
    PHONE,
    /** Four characters, digits and possibly a final X: the end of an ID or phone number. */
    TAIL,
    /** Latin letters, spaces and apostrophes only: full pinyin or initials. */
    PINYIN,
    /** Anything else: a Chinese name, an address fragment, a place name, or several words. */
    TEXT;

    private static final Pattern ID = Pattern.compile("\\d{17}[\\dX]|\\d{15}");
    private static final Pattern PHONE_DIGITS = Pattern.compile("1\\d{10}|861\\d{10}|0\\d{9,11}");
    private static final Pattern TAIL_CHARS = Pattern.compile("\\d{3}[\\dX]");
    private static final Pattern NUMERIC = Pattern.compile("\\+?[\\d\\- ]+[xX]?");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z' ]*[A-Za-z][A-Za-z' ]*");

    static QueryKind of(String text) {
        if (text.isBlank()) {
            return NONE;
        }
        if (isNumeric(text)) {
            String chars = numeric(text);
            if (ID.matcher(chars).matches()) {
                return ID_NUMBER;
            }
            if (PHONE_DIGITS.matcher(chars).matches()) {
                return PHONE;
            }
            if (TAIL_CHARS.matcher(chars).matches()) {
                return TAIL;
            }
            return TEXT;
        }
        return isLatin(text) ? PINYIN : TEXT;
    }

    /** Digits, spaces, hyphens, a leading plus and a final X only: a number or a piece of one. */
    static boolean isNumeric(String text) {
        return NUMERIC.matcher(text).matches();
    }

    /** Latin letters, spaces and apostrophes only. */
    static boolean isLatin(String text) {
        return LATIN.matcher(text).matches();
    }

    /** The text without spaces, hyphens and plus signs, upper case (x → X). */
    static String numeric(String text) {
        return text.replace(" ", "").replace("-", "").replace("+", "").toUpperCase(Locale.ROOT);
    }

    /** Pinyin text as indexed: lower case, no spaces or apostrophes ({@code Xi'an} → {@code xian}). */
    static String pinyin(String text) {
        return text.replace(" ", "").replace("'", "").toLowerCase(Locale.ROOT);
    }
}
