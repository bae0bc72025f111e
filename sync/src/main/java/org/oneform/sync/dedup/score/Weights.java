package org.oneform.sync.dedup.score;

import org.oneform.sync.dedup.score.FieldComparisons.AddressLevel;
import org.oneform.sync.dedup.score.FieldComparisons.DateLevel;
import org.oneform.sync.dedup.score.FieldComparisons.IdLevel;

/**
 * The log2 likelihood-ratio weights per field and level. Fixed weights are {@code log2(m/u)} with m
 * and u estimated for grassroots census data and rounded; term-frequency weights take u from the
 * value's share. Caps keep one rare value from outweighing every disagreement. See
 * {@code docs/decisions/0006-dedup-scoring.md}.
 */
final class Weights {

    static final double PHONE_DIFFERS = -2;

    private static final double NAME_CAP = 14;
    private static final double HOUSEHOLD_CAP = 12;

    private Weights() {
    }

    static double id(IdLevel level) {
        return switch (level) {
            case MISSING, TWO_EDITS -> 0;
            case VALID_EQUAL -> 25;
            case EQUAL -> 20;
            case ONE_EDIT -> 12;
            case DIFFERENT -> -12;
            case CONFLICT -> -100;
        };
    }

    /**
     * m: 0.85 exact, 0.1 homophone, 0.04 one typo, 0.01 two typos; u: the share, times roughly how many
     * names lie that far away.
     */
    static double name(NameLevel level, double share) {
        return switch (level) {
            case EXACT -> Math.min(NAME_CAP, log2(0.85 / share));
            case HOMOPHONE -> Math.min(NAME_CAP, log2(0.1 / (3 * share)));
            case TYPO -> Math.min(NAME_CAP, log2(0.04 / (10 * share)));
            case TWO_TYPOS -> Math.min(NAME_CAP, log2(0.01 / (50 * share)));
            case DIFFERENT -> -12;
        };
    }

    static double birth(DateLevel level) {
        return switch (level) {
            case MISSING -> 0;
            case EXACT -> 12;
            case NEAR -> 3;
            case DIFFERENT -> -10;
        };
    }

    static double sex(String level) {
        return switch (level) {
            case "EXACT" -> 1;
            case "DIFFERENT" -> -5;
            default -> 0;
        };
    }

    static double phoneAgrees(double share) {
        return Math.min(HOUSEHOLD_CAP, log2(0.85 / share));
    }

    static double address(AddressLevel level, double share) {
        return switch (level) {
            case MISSING, UNKNOWN -> 0;
            case DWELLING -> Math.min(HOUSEHOLD_CAP, log2(0.8 / share));
            case BUILDING -> 3;
            case ESTATE -> 2;
            case OTHER_BUILDING -> -2;
            case DIFFERENT -> -3;
        };
    }

    /** "1 in 2500": the share a term-frequency weight was computed from (cheap: notes are made for every candidate). */
    static String tfNote(double share) {
        return "1 in " + Math.round(1 / share);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
