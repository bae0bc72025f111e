package org.oneform.sync.dedup.score;

import java.time.LocalDate;

import org.oneform.sync.dedup.normal.Address;
import org.oneform.sync.dedup.normal.IdKey;

/** Agreement levels of the fields other than the name; pure functions. */
final class FieldComparisons {

    enum IdLevel { MISSING, VALID_EQUAL, EQUAL, ONE_EDIT, TWO_EDITS, DIFFERENT, CONFLICT }

    enum DateLevel { MISSING, EXACT, NEAR, DIFFERENT }

    /** DWELLING: same estate, building, unit and room; BUILDING: same building, the rest compatible; ESTATE: same estate, one side lacks the building; OTHER_BUILDING: same estate, conflicting dwelling. */
    enum AddressLevel { MISSING, DWELLING, BUILDING, ESTATE, OTHER_BUILDING, DIFFERENT, UNKNOWN }

    private FieldComparisons() {
    }

    static IdLevel id(IdKey a, IdKey b) {
        if (a == null || b == null) {
            return IdLevel.MISSING;
        }
        if (a.value().equals(b.value())) {
            return a.valid() ? IdLevel.VALID_EQUAL : IdLevel.EQUAL;
        }
        if (a.valid() && b.valid()) {
            return IdLevel.CONFLICT;
        }
        return switch (edits(a.value(), b.value())) {
            case 1 -> IdLevel.ONE_EDIT;
            case 2 -> IdLevel.TWO_EDITS;
            default -> IdLevel.DIFFERENT;
        };
    }

    /**
     * Substitutions between equal-length strings, an adjacent transposition counting as one; 3 for
     * "three or more" and for different lengths.
     */
    static int edits(String a, String b) {
        if (a.length() != b.length()) {
            return 3;
        }
        int edits = 0;
        for (int i = 0; i < a.length() && edits < 3; i++) {
            if (a.charAt(i) == b.charAt(i)) {
                continue;
            }
            if (i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)) {
                i++;
            }
            edits++;
        }
        return edits;
    }

    /** NEAR: day and month swapped, one digit mistyped or transposed, or a day apart (often across a month end). */
    static DateLevel date(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return DateLevel.MISSING;
        }
        if (a.equals(b)) {
            return DateLevel.EXACT;
        }
        boolean swapped = a.getYear() == b.getYear() && a.getMonthValue() == b.getDayOfMonth()
                && a.getDayOfMonth() == b.getMonthValue();
        boolean nextDay = Math.abs(a.toEpochDay() - b.toEpochDay()) == 1;
        return swapped || nextDay || edits(digits(a), digits(b)) == 1 ? DateLevel.NEAR : DateLevel.DIFFERENT;
    }

    private static String digits(LocalDate d) {
        return Integer.toString(d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth());
    }

    static AddressLevel address(Address a, Address b) {
        if (a == null || b == null) {
            return AddressLevel.MISSING;
        }
        if (a.estate().isEmpty() || b.estate().isEmpty()) {
            return a.compact().equals(b.compact()) ? AddressLevel.DWELLING : AddressLevel.UNKNOWN;
        }
        if (!a.estate().equals(b.estate())) {
            return AddressLevel.DIFFERENT;
        }
        if (a.hasDwelling() && a.dwellingKey().equals(b.dwellingKey())) {
            return AddressLevel.DWELLING;
        }
        if (a.building().isEmpty() || b.building().isEmpty()) {
            return AddressLevel.ESTATE;
        }
        boolean compatible = compatible(a.unit(), b.unit()) && compatible(a.room(), b.room());
        return a.building().equals(b.building()) && compatible ? AddressLevel.BUILDING : AddressLevel.OTHER_BUILDING;
    }

    private static boolean compatible(String x, String y) {
        return x.isEmpty() || y.isEmpty() || x.equals(y);
    }
}
