package org.oneform.forms.values;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A resident identity card number (居民身份证号码, GB 11643-1999), always the normalised 18-character
 * form: a 6-digit region code, the birth date {@code yyyyMMdd}, a 3-digit sequence whose last digit
 * is odd for men and even for women, and an ISO 7064 MOD 11-2 check character ({@code 0}–{@code 9}
 * or {@code X}).
 *
 * <p>{@link #parse(String)} accepts input as people type it — full-width digits, spaces, a lower-case
 * {@code x} or {@code ×}, a legacy 15-digit number (which becomes 18 digits: {@code 19} is inserted
 * before the year and the check character computed) — and answers either the number or one of the
 * reason codes {@link #LENGTH}, {@link #CHARACTERS}, {@link #CHECKSUM}, {@link #REGION},
 * {@link #BIRTH_DATE}. The region check is deliberately loose (first digit 1–8): region codes are
 * renamed and merged over time and old cards stay valid.
 *
 * <p>{@link #toString()} is masked; use {@link #value()} for the full number.
 *
 * @param value the 18-character number; the constructor rejects anything {@link #parse} would reject,
 *              except that it cannot know today's date and so accepts a birth date in the future
 */
public record IdNumber(String value) {

    public static final String LENGTH = "id.length";
    public static final String CHARACTERS = "id.characters";
    public static final String CHECKSUM = "id.checksum";
    public static final String BIRTH_DATE = "id.birth-date";
    public static final String REGION = "id.region";

    /** The earliest birth date accepted. */
    public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1890, 1, 1);

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARS = "10X98765432".toCharArray();

    public IdNumber {
        Objects.requireNonNull(value, "value");
        String problem = problem(value, LocalDate.MAX);
        if (problem != null) {
            throw new IllegalArgumentException(problem + ": " + Normalise.mask(value, 6, 4));
        }
    }

    /** Parses raw input, judging "birth date in the future" against today in China. */
    public static Parsed<IdNumber> parse(String raw) {
        return parse(raw, LocalDate.now(CHINA));
    }

    /** Parses raw input, judging "birth date in the future" against {@code today}. */
    public static Parsed<IdNumber> parse(String raw, LocalDate today) {
        String s = normalise(raw);
        if (s.length() == 15) {
            if (!Normalise.allDigits(s, 0, 15)) {
                return new Parsed.Invalid<>(CHARACTERS);
            }
            String first17 = s.substring(0, 6) + "19" + s.substring(6);
            s = first17 + checkDigit(first17);
        }
        String problem = problem(s, today);
        return problem == null ? new Parsed.Valid<>(new IdNumber(s)) : new Parsed.Invalid<>(problem);
    }

    /**
     * The clean-up {@link #parse} applies before it checks anything: full-width to half-width, no
     * whitespace, upper-case {@code X}. Useful as a dedup key for input that is not a valid number.
     */
    public static String normalise(String raw) {
        return Normalise.compact(raw).replace('x', 'X');
    }

    /** The GB 11643 check character for the first 17 digits. */
    public static char checkDigit(String first17) {
        if (first17 == null || first17.length() != 17 || !Normalise.allDigits(first17, 0, 17)) {
            throw new IllegalArgumentException("need exactly 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS[sum % 11];
    }

    /** The reason code of what is wrong with a normalised 18-character candidate, or null. */
    private static String problem(String s, LocalDate today) {
        if (s.length() != 18) {
            return LENGTH;
        }
        char last = s.charAt(17);
        if (!Normalise.allDigits(s, 0, 17) || !(Normalise.isAsciiDigit(last) || last == 'X')) {
            return CHARACTERS;
        }
        if (checkDigit(s.substring(0, 17)) != last) {
            return CHECKSUM;
        }
        if (s.charAt(0) < '1' || s.charAt(0) > '8') {
            return REGION;
        }
        LocalDate birth = birthDateOf(s);
        if (birth == null || birth.isBefore(EARLIEST_BIRTH_DATE) || birth.isAfter(today)) {
            return BIRTH_DATE;
        }
        return null;
    }

    private static LocalDate birthDateOf(String s) {
        try {
            return LocalDate.of(Integer.parseInt(s, 6, 10, 10), Integer.parseInt(s, 10, 12, 10),
                    Integer.parseInt(s, 12, 14, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /** The age in whole years on the given day. */
    public int age(LocalDate on) {
        return Period.between(birthDate(), on).getYears();
    }

    /** True when the 17th digit (the last of the sequence) is odd. */
    public boolean isMale() {
        return (value.charAt(16) - '0') % 2 == 1;
    }

    /** The 6-digit administrative region code of the place of first registration. */
    public String regionCode() {
        return value.substring(0, 6);
    }

    public String lastFour() {
        return value.substring(14);
    }

    /** {@code 110101********1234}: the region code, eight stars, the last four characters. */
    public String masked() {
        return Normalise.mask(value, 6, 4);
    }

    /** Masked, so that a number logged by accident does not leak. */
    @Override
    public String toString() {
        return masked();
    }
}
