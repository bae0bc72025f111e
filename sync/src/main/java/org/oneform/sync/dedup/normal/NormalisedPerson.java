package org.oneform.sync.dedup.normal;

import java.time.LocalDate;

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
 * @param phone canonical national digits from libphonenumber ({@link Phone}); a number it rejects keeps
 *              its digits when there are at least seven
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
        return switch (raw.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "男", "M", "MALE", "1", "男性" -> 'M';
            case "女", "F", "FEMALE", "2", "女性" -> 'F';
            default -> 0;
        };
    }

    static String phone(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (Phone.parse(raw) instanceof Parsed.Valid<Phone>(Phone phone)) {
            return phone.value();
        }
        String digits = raw.codePoints().filter(Character::isDigit).map(c -> Character.digit(c, 10) + '0')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return digits.length() >= 7 ? digits : null;
    }
}
