package org.oneform.sync.dedup.synth;

/**
 * How noisy the generated records are: how many records a person gets, and per record the chance of
 * each error. Format variants (3栋 / 3幢 / 3号楼, 501 / 5-01, date and phone spellings) are always drawn;
 * these are errors and gaps.
 */
public record NoiseLevel(String name, double twinRate, double[] extraRecords, double nameHomophone, double nameLookAlike,
                         double nameMissing, double idSubstitution, double idTransposition, double idLegacy,
                         double idFullWidth, double idMissing, double birthTypo, double birthMissing, double genderMissing,
                         double phoneChanged, double phoneMissing, double addressPartial, double addressMissing) {

    /** Typical re-registration: one error in a few records. */
    public static final NoiseLevel MODERATE = new NoiseLevel("moderate", 0.06, new double[] {0.5, 0.3, 0.15, 0.05},
            0.06, 0.03, 0.01, 0.05, 0.03, 0.05, 0.05, 0.05, 0.02, 0.10, 0.05, 0.04, 0.10, 0.05, 0.03);

    /** Careless capture: several errors and gaps per record, more twins. */
    public static final NoiseLevel HARD = new NoiseLevel("hard", 0.12, new double[] {0.4, 0.3, 0.2, 0.1},
            0.14, 0.07, 0.03, 0.12, 0.06, 0.08, 0.10, 0.12, 0.05, 0.20, 0.10, 0.08, 0.20, 0.12, 0.08);

    public static NoiseLevel named(String name) {
        return switch (name) {
            case "moderate" -> MODERATE;
            case "hard" -> HARD;
            default -> throw new IllegalArgumentException("noise level is moderate or hard, not " + name);
        };
    }
}
