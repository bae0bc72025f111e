package org.oneform.sync.dedup.normal;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.oneform.forms.values.IdNumber;
import org.oneform.forms.values.Parsed;

/**
 * An ID number as dedup compares it: the canonical 18 characters when {@link IdNumber} accepts it
 * ({@code valid}); otherwise the same clean-up (half-width, no spaces, upper-case X, a 15-digit number
 * widened to 18) without the checks, so that a mistyped number can still be compared digit by digit.
 */
public record IdKey(String value, boolean valid) {

    /** The key of raw input, or null when there is nothing to compare. */
    public static IdKey of(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (IdNumber.parse(raw, LocalDate.MAX) instanceof Parsed.Valid<IdNumber>(IdNumber id)) {
            return new IdKey(id.value(), true);
        }
        String s = IdNumber.normalise(raw);
        if (s.length() == 15 && s.chars().allMatch(Character::isDigit)) {
            String first17 = s.substring(0, 6) + "19" + s.substring(6);
            s = first17 + IdNumber.checkDigit(first17);
        }
        return s.isEmpty() ? null : new IdKey(s, false);
    }

    /** The birth date written in digits 7–14, when they form a date (also for an invalid number). */
    public LocalDate birthDate() {
        if (value.length() != 18) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(value, 6, 10, 10), Integer.parseInt(value, 10, 12, 10),
                    Integer.parseInt(value, 12, 14, 10));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    /** {@code M} or {@code F} from the sequence digit of a valid number, else {@code 0}. */
    public char sex() {
        return valid ? ((value.charAt(16) - '0') % 2 == 1 ? 'M' : 'F') : 0;
    }
}
