package org.oneform.forms.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L"})
    void publishedCodesAreValid(String code) {
        assertThat(CreditCode.parse(code).orElseThrow().value()).isEqualTo(code);
    }

    @Test
    void inputIsNormalised() {
        assertThat(CreditCode.parse(" 91350100m000100y43\u3000").orElseThrow().value()).isEqualTo("91350100M000100Y43");
        assertThat(CreditCode.parse("９１３５０１００Ｍ０００１００Ｙ４３").orElseThrow().value()).isEqualTo("91350100M000100Y43");
    }

    @Test
    void exposesItsParts() {
        CreditCode code = new CreditCode("91350100M000100Y43");
        assertThat(code.regionCode()).isEqualTo("350100");
        assertThat(code.organisationCode()).isEqualTo("M000100Y4");
        assertThat(code).hasToString("91350100M000100Y43");
    }

    @ParameterizedTest
    @CsvSource({
            "'',                   credit-code.length",
            "91350100M000100Y4,    credit-code.length",
            "91350100M000100Y43Z,  credit-code.length",
            "91350100M000100I43,   credit-code.characters",
            "91350100M000100O43,   credit-code.characters",
            "91350100M000100Y4-,   credit-code.characters",
            "91350100M000100Y44,   credit-code.checksum"})
    void invalidCodesSayWhy(String raw, String reason) {
        assertThat(CreditCode.parse(raw).reason()).contains(reason);
    }

    @Test
    void organisationCodeCheckDigitFollowsGb11714() {
        assertThat(CreditCode.organisationCheckDigit("60003734")).isEqualTo('1');
        assertThat(CreditCode.organisationCheckDigit("M000100Y")).isEqualTo('4');
        assertThatThrownBy(() -> CreditCode.organisationCheckDigit("6000373")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void randomCodesRoundTripAndEverySubstitutionIsDetected() {
        long seed = Long.getLong("tests.seed", System.nanoTime());
        System.out.println("CreditCodeTest seed: " + seed + " (rerun with -Dtests.seed=" + seed + ")");
        var random = new SplittableRandom(seed);
        for (int i = 0; i < 200; i++) {
            var first17 = new StringBuilder("91330187");
            for (int j = 0; j < 9; j++) {
                first17.append(CreditCode.ALPHABET.charAt(random.nextInt(CreditCode.ALPHABET.length())));
            }
            String valid = first17.toString() + CreditCode.checkDigit(first17.toString());
            assertThat(CreditCode.parse(valid).isValid()).as("seed %d: %s", seed, valid).isTrue();
            int pos = random.nextInt(18);
            for (char c : CreditCode.ALPHABET.toCharArray()) {
                if (c != valid.charAt(pos)) {
                    String typo = valid.substring(0, pos) + c + valid.substring(pos + 1);
                    assertThat(CreditCode.parse(typo).isValid()).as("seed %d: %s", seed, typo).isFalse();
                }
            }
        }
    }
}
