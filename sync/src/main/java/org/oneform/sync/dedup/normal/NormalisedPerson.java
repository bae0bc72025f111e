package org.oneform.sync.dedup.normal;

import java.time.LocalDate;
import java.util.Locale;

import org.oneform.forms.values.Parsed;
import org.oneform.forms.values.Phone;
import org.oneform.sync.dedup.PersonRecord;
import org.oneform.sync.dedup.RecordId;

/**
 * A {@link PersonRecord} in the canonical forms dedup compares. A missing or unreadable field is
 * {@code null} ({@code sex} is {@code 0}). When the birth date or sex is missing it is taken from a
 * valid ID number (an invalid one may be wrong in exactly those digits).
 *
 * @param sex   {@code M}, {@code F} or {@code 0}
 * @param phone canonical national digits (see {@link #phone(String)})
 */
public record NormalisedPerson(RecordId id, Name name, char sex, LocalDate birthDate, IdKey idNumber, String phone,
                               Address address) {

    public static NormalisedPerson of(PersonRecord raw) {
        IdKey id = IdKey.of(raw.idNumber());
        LocalDate birth = BirthDates.parse(raw.birthDate());
        if (birth == null && id != null && id.valid()) {
            birth = id.birthDate();
        }
        char sex = sex(raw.gender());
        if (sex == 0 && id != null) {
            sex = id.sex();
        }
        return new NormalisedPerson(raw.id(), Name.of(raw.name()), sex, birth, id, phone(raw.phone()),
                AddressParser.parse(raw.address()));
    }

    static char sex(String raw) {
        if (raw == null) {
            return 0;
        }
        return switch (raw.strip().toUpperCase(Locale.ROOT)) {
            case "男", "M", "MALE", "1", "男性" -> 'M';
            case "女", "F", "FEMALE", "2", "女性" -> 'F';
            default -> 0;
        };
    }

    /**
     * A mobile-shaped number (11 digits from 1, after dropping separators and a {@code +86}/{@code 86})
     * is its digits — what {@link Phone} gives for a valid one, without libphonenumber's cost on the
     * common case; anything else (landlines, {@code 0086}, extensions) goes through {@link Phone}. A
     * number neither accepts keeps its digits when there are at least seven.
     */
    static String phone(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        StringBuilder digits = new StringBuilder(16);
        raw.codePoints().filter(Character::isDigit).forEach(c -> digits.append((char) ('0' + Character.digit(c, 10))));
        if (digits.length() == 13 && digits.charAt(0) == '8' && digits.charAt(1) == '6' && digits.charAt(2) == '1') {
            digits.delete(0, 2);
        }
        if (digits.length() == 11 && digits.charAt(0) == '1' && digits.charAt(1) >= '3') {
            return digits.toString();
        }
        if (Phone.parse(raw) instanceof Parsed.Valid<Phone>(Phone phone)) {
            return phone.value();
        }
        return digits.length() >= 7 ? digits.toString() : null;
    }
}
