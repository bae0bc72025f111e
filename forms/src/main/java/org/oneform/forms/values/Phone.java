package org.oneform.forms.values;

import java.util.Objects;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * A phone number in mainland China, in canonical national digits: a mobile as its 11 digits
 * ({@code 13800138000}), a landline with its area code and trunk prefix ({@code 057188886666}), a
 * service number as dialled ({@code 4008001234}). No {@code +86}, no separators.
 *
 * <p>{@link #parse(String)} accepts {@code +86 138-0013-8000}, {@code 0086 13800138000},
 * {@code 0571-88886666}, {@code (0571) 8888 6666}, full-width digits and stray spaces, and checks the
 * number against libphonenumber's metadata for region CN. Reason codes: {@link #EMPTY},
 * {@link #CHARACTERS}, {@link #FOREIGN}, {@link #INVALID}.
 *
 * <p>{@link #toString()} is masked; use {@link #value()} for the full number.
 *
 * @param value canonical national digits; the constructor rejects anything that is not
 */
public record Phone(String value) {

    public static final String EMPTY = "phone.empty";
    public static final String CHARACTERS = "phone.characters";
    public static final String FOREIGN = "phone.foreign";
    public static final String INVALID = "phone.invalid";

    /** What kind of line a number is. */
    public enum Kind {
        MOBILE,
        LANDLINE,
        /** Toll-free, shared-cost, VoIP and other service numbers. */
        OTHER
    }

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final int CHINA = 86;

    public Phone {
        Objects.requireNonNull(value, "value");
        if (!Normalise.allDigits(value, 0, value.length()) || !value.equals(canonical(value))) {
            throw new IllegalArgumentException("not a canonical Chinese phone number: " + Normalise.mask(value, 3, 4));
        }
    }

    public static Parsed<Phone> parse(String raw) {
        String s = unifyDashes(Normalise.compact(raw));
        if (s.isEmpty()) {
            return new Parsed.Invalid<>(EMPTY);
        }
        if (!plausibleCharacters(s)) {
            return new Parsed.Invalid<>(CHARACTERS);
        }
        PhoneNumber number;
        try {
            number = UTIL.parse(s, "CN");
        } catch (NumberParseException e) {
            return new Parsed.Invalid<>(INVALID);
        }
        if (number.getCountryCode() != CHINA) {
            return new Parsed.Invalid<>(FOREIGN);
        }
        if (!UTIL.isValidNumberForRegion(number, "CN")) {
            return new Parsed.Invalid<>(INVALID);
        }
        return new Parsed.Valid<>(new Phone(nationalDigits(number)));
    }

    /** Every kind of dash (—, –, −, ー) as a plain hyphen. */
    private static String unifyDashes(String s) {
        var out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(Character.getType(c) == Character.DASH_PUNCTUATION || c == '\u2212' || c == '\u30FC' ? '-' : c);
        }
        return out.toString();
    }

    /** Digits and the separators people type; one {@code +}, before any digit. No letters: no vanity numbers here. */
    private static boolean plausibleCharacters(String s) {
        boolean digitSeen = false;
        boolean plusSeen = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Normalise.isAsciiDigit(c)) {
                digitSeen = true;
            } else if (c == '+') {
                if (digitSeen || plusSeen) {
                    return false;
                }
                plusSeen = true;
            } else if ("-()./".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The canonical digits of an already valid-looking number, or null. */
    private static String canonical(String digits) {
        try {
            PhoneNumber number = UTIL.parse(digits, "CN");
            return number.getCountryCode() == CHINA && UTIL.isValidNumberForRegion(number, "CN")
                    ? nationalDigits(number) : null;
        } catch (NumberParseException e) {
            return null;
        }
    }

    /** National digits as dialled within China: a mobile as is, a landline with its trunk 0. */
    private static String nationalDigits(PhoneNumber number) {
        String significant = UTIL.getNationalSignificantNumber(number);
        if (isMobileShape(significant)) {
            return significant; // the common case, without the cost of formatting
        }
        String national = UTIL.format(number, PhoneNumberFormat.NATIONAL);
        var digits = new StringBuilder(national.length());
        for (int i = 0; i < national.length(); i++) {
            if (Normalise.isAsciiDigit(national.charAt(i))) {
                digits.append(national.charAt(i));
            }
        }
        return digits.toString();
    }

    /** 11 digits starting 13–19: mainland mobile numbers, and nothing else, look like this. */
    private static boolean isMobileShape(String digits) {
        return digits.length() == 11 && digits.charAt(0) == '1' && digits.charAt(1) >= '3'
                && Normalise.allDigits(digits, 0, 11);
    }

    /** Read from the canonical digits: a landline keeps its trunk 0, a mobile is 11 digits from 13 to 19. */
    public Kind kind() {
        if (value.startsWith("0")) {
            return Kind.LANDLINE;
        }
        return isMobileShape(value) ? Kind.MOBILE : Kind.OTHER;
    }

    public boolean isMobile() {
        return kind() == Kind.MOBILE;
    }

    /** E.164 with the country code, for systems that want it: {@code +8613800138000}. */
    public String e164() {
        return "+86" + (value.startsWith("0") ? value.substring(1) : value);
    }

    /** {@code 138****8000}: the first three and last four digits. */
    public String masked() {
        return Normalise.mask(value, 3, 4);
    }

    /** Masked, so that a number logged by accident does not leak. */
    @Override
    public String toString() {
        return masked();
    }
}
