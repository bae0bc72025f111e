package org.oneform.forms.values;

import java.util.Objects;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015) of a company, an individual business,
 * a public institution or a social organisation: 18 characters from {@code 0-9} and the upper-case
 * letters except I, O, Z, S and V — the registration authority, the organisation type, a 6-digit
 * region code, the 9-character organisation code (GB 11714, with its own check character) and a
 * MOD 31 check character.
 *
 * <p>{@link #parse(String)} normalises full-width characters, spaces and lower case, and checks the
 * length, the character set and the final check character. It does not insist on the embedded
 * organisation code's check character, which some issuers did not follow. Reason codes:
 * {@link #LENGTH}, {@link #CHARACTERS}, {@link #CHECKSUM}.
 *
 * <p>Not personal data, so {@link #toString()} is the code itself.
 */
public record CreditCode(String value) {

    public static final String LENGTH = "credit-code.length";
    public static final String CHARACTERS = "credit-code.characters";
    public static final String CHECKSUM = "credit-code.checksum";

    /** The 31 characters a code may contain, in the order of their numeric values. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    public CreditCode {
        Objects.requireNonNull(value, "value");
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem + ": " + value);
        }
    }

    public static Parsed<CreditCode> parse(String raw) {
        String s = Normalise.compact(raw).toUpperCase(java.util.Locale.ROOT);
        String problem = problem(s);
        return problem == null ? new Parsed.Valid<>(new CreditCode(s)) : new Parsed.Invalid<>(problem);
    }

    /** The GB 32100 check character for the first 17 characters. */
    public static char checkDigit(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("need exactly 17 characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("not a credit code character: " + first17.charAt(i));
            }
            sum += v * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /**
     * The GB 11714 check character of an organisation code's first 8 characters (digits or upper-case
     * letters): {@code 0}–{@code 9} or {@code X}.
     */
    public static char organisationCheckDigit(String first8) {
        if (first8 == null || first8.length() != 8) {
            throw new IllegalArgumentException("need exactly 8 characters");
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            int v = Character.digit(first8.charAt(i), 36);
            if (v < 0 || Character.isLowerCase(first8.charAt(i))) {
                throw new IllegalArgumentException("not an organisation code character: " + first8.charAt(i));
            }
            sum += v * ORG_WEIGHTS[i];
        }
        int c = 11 - sum % 11;
        return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
    }

    private static String problem(String s) {
        if (s.length() != 18) {
            return LENGTH;
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(s.charAt(i)) < 0) {
                return CHARACTERS;
            }
        }
        return checkDigit(s.substring(0, 17)) == s.charAt(17) ? null : CHECKSUM;
    }

    /** The 6-digit region code of the registering authority (characters 3–8). */
    public String regionCode() {
        return value.substring(2, 8);
    }

    /** The 9-character organisation code (characters 9–17). */
    public String organisationCode() {
        return value.substring(8, 17);
    }

    @Override
    public String toString() {
        return value;
    }
}
