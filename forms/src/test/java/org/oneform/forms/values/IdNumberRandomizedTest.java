package org.oneform.forms.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Seeded randomized tests. The seed is printed; rerun a failure with {@code -Dtests.seed=<seed>}.
 */
class IdNumberRandomizedTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final int ROUNDS = 500;

    private SplittableRandom random;
    private long seed;

    @BeforeEach
    void seed() {
        seed = Long.getLong("tests.seed", System.nanoTime());
        System.out.println("IdNumberRandomizedTest seed: " + seed + " (rerun with -Dtests.seed=" + seed + ")");
        random = new SplittableRandom(seed);
    }

    @Test
    void generatedNumbersRoundTrip() {
        for (int i = 0; i < ROUNDS; i++) {
            LocalDate birth = randomBirthDate(IdNumber.EARLIEST_BIRTH_DATE);
            boolean male = random.nextBoolean();
            String value = generate(birth, male);

            IdNumber id = IdNumber.parse(value, TODAY).orElseThrow();

            assertThat(id.value()).as("seed %d", seed).isEqualTo(value);
            assertThat(id.birthDate()).as("seed %d", seed).isEqualTo(birth);
            assertThat(id.isMale()).as("seed %d", seed).isEqualTo(male);
            assertThat(IdNumber.parse(scramble(value), TODAY).orElseThrow()).as("seed %d", seed).isEqualTo(id);
        }
    }

    @Test
    void theCheckDigitAgreesWithTheIterativeMod11_2Algorithm() {
        for (int i = 0; i < ROUNDS; i++) {
            String first17 = generate(randomBirthDate(IdNumber.EARLIEST_BIRTH_DATE), random.nextBoolean()).substring(0, 17);
            assertThat(IdNumber.checkDigit(first17)).as("seed %d: %s", seed, first17).isEqualTo(iso7064(first17));
        }
    }

    @Test
    void everySingleCharacterSubstitutionIsDetected() {
        for (int i = 0; i < ROUNDS / 5; i++) {
            String valid = generate(randomBirthDate(IdNumber.EARLIEST_BIRTH_DATE), random.nextBoolean());
            for (int pos = 0; pos < 18; pos++) {
                for (char c : "0123456789X".toCharArray()) {
                    if (c == valid.charAt(pos)) {
                        continue;
                    }
                    String typo = valid.substring(0, pos) + c + valid.substring(pos + 1);
                    assertThat(IdNumber.parse(typo, TODAY).isValid()).as("seed %d: %s", seed, typo).isFalse();
                }
            }
        }
    }

    @Test
    void everyAdjacentTranspositionIsDetected() {
        for (int i = 0; i < ROUNDS; i++) {
            String valid = generate(randomBirthDate(IdNumber.EARLIEST_BIRTH_DATE), random.nextBoolean());
            for (int pos = 0; pos < 17; pos++) {
                if (valid.charAt(pos) == valid.charAt(pos + 1)) {
                    continue;
                }
                String swapped = valid.substring(0, pos) + valid.charAt(pos + 1) + valid.charAt(pos) + valid.substring(pos + 2);
                assertThat(IdNumber.parse(swapped, TODAY).isValid()).as("seed %d: %s", seed, swapped).isFalse();
            }
        }
    }

    @Test
    void legacyNumbersConvertToTheEighteenDigitNumber() {
        for (int i = 0; i < ROUNDS; i++) {
            LocalDate birth = randomBirthDate(LocalDate.of(1900, 1, 1));
            if (birth.getYear() > 1999) {
                continue;
            }
            String full = generate(birth, random.nextBoolean());
            String legacy = full.substring(0, 6) + full.substring(8, 17);
            assertThat(IdNumber.parse(legacy, TODAY).orElseThrow().value()).as("seed %d", seed).isEqualTo(full);
        }
    }

    private String generate(LocalDate birth, boolean male) {
        int region = 100_000 + random.nextInt(800_000);
        int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
        String first17 = "%06d%04d%02d%02d%03d".formatted(region, birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), sequence);
        return first17 + IdNumber.checkDigit(first17);
    }

    private LocalDate randomBirthDate(LocalDate earliest) {
        return earliest.plusDays(random.nextLong(ChronoUnit.DAYS.between(earliest, TODAY) + 1));
    }

    /** The same number as a person might type it: full-width digits, spaces, a lower-case x. */
    private String scramble(String value) {
        var out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (random.nextInt(10) == 0) {
                out.append(random.nextBoolean() ? ' ' : '\u3000');
            }
            char typed = c == 'X' && random.nextBoolean() ? 'x' : c;
            out.append(random.nextInt(4) == 0 ? (char) (typed - 0x20 + 0xFF00) : typed);
        }
        return out.toString();
    }

    /** ISO 7064 MOD 11-2 the iterative way, independent of the weight table used by IdNumber. */
    private static char iso7064(String digits) {
        int p = 0;
        for (char c : digits.toCharArray()) {
            p = ((p + (c - '0')) * 2) % 11;
        }
        int check = (12 - p) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }
}
