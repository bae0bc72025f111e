package org.oneform.sync.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The numbers one typo away from an ID or phone number, spelled out: every single-character
 * substitution (a digit for a digit; for an 18-character ID number also {@code X} as the check
 * character) and every swap of two adjacent characters. Insertions and deletions are left out: they
 * change the length, and a number of another length is not recognised as an ID or phone at all.
 * The index holds keyed hashes of numbers, not numbers, so a fuzzy query cannot walk the terms;
 * the planner hashes these variants instead (about 180 for an ID, 110 for a mobile number).
 * See docs/decisions/0023-search-filters-and-geo.md.
 */
final class OneEdit {

    static final int ID_LENGTH = 18;

    private OneEdit() {
    }

    /** The one-edit variants of a canonical 18-character ID number (the number itself excluded). */
    static List<String> idNumber(String id) {
        if (id.length() != ID_LENGTH) {
            return digits(id);
        }
        Set<String> variants = new LinkedHashSet<>(variants(id));
        if (id.charAt(ID_LENGTH - 1) != 'X') {
            variants.add(id.substring(0, ID_LENGTH - 1) + 'X');
        }
        return List.copyOf(variants);
    }

    /** The one-edit variants of a string of digits (the string itself excluded). */
    static List<String> digits(String number) {
        return List.copyOf(variants(number));
    }

    private static Set<String> variants(String number) {
        Set<String> variants = new LinkedHashSet<>();
        char[] chars = number.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char original = chars[i];
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit != original) {
                    chars[i] = digit;
                    variants.add(new String(chars));
                }
            }
            chars[i] = original;
        }
        for (int i = 0; i + 1 < chars.length; i++) {
            if (chars[i] != chars[i + 1]) {
                char first = chars[i];
                chars[i] = chars[i + 1];
                chars[i + 1] = first;
                variants.add(new String(chars));
                chars[i + 1] = chars[i];
                chars[i] = first;
            }
        }
        variants.remove(number);
        return variants;
    }
}
