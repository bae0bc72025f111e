package org.oneform.forms.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "13800138000",
            "138 0013 8000",
            "138-0013-8000",
            "+86 138-0013-8000",
            "+8613800138000",
            "0086 138 0013 8000",
            "8613800138000",
            "(+86) 13800138000",
            "１３８００１３８０００",
            "138—0013—8000",
            "138–0013–8000",
            "138ー0013ー8000",
            "１３８　００１３　８０００",
            "\u200B13800138000 "})
    void mobileVariantsNormaliseToElevenDigits(String raw) {
        Phone phone = Phone.parse(raw).orElseThrow();

        assertThat(phone.value()).isEqualTo("13800138000");
        assertThat(phone.kind()).isEqualTo(Phone.Kind.MOBILE);
        assertThat(phone.isMobile()).isTrue();
        assertThat(phone.masked()).isEqualTo("138****8000");
        assertThat(phone.e164()).isEqualTo("+8613800138000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0571-88886666", "0571 8888 6666", "(0571) 88886666", "057188886666", "+86 571 8888 6666",
            "０５７１－８８８８６６６６"})
    void landlinesKeepTheirAreaCodeWithTheTrunkZero(String raw) {
        Phone phone = Phone.parse(raw).orElseThrow();

        assertThat(phone.value()).isEqualTo("057188886666");
        assertThat(phone.kind()).isEqualTo(Phone.Kind.LANDLINE);
        assertThat(phone.masked()).isEqualTo("057*****6666");
        assertThat(phone.e164()).isEqualTo("+8657188886666");
    }

    @Test
    void beijingLandlinesHaveAThreeDigitAreaCode() {
        assertThat(Phone.parse("010-8888 8888").orElseThrow().value()).isEqualTo("01088888888");
    }

    @Test
    void serviceNumbersAreOther() {
        Phone phone = Phone.parse("400-800-1234").orElseThrow();
        assertThat(phone.value()).isEqualTo("4008001234");
        assertThat(phone.kind()).isEqualTo(Phone.Kind.OTHER);
    }

    @ParameterizedTest
    @CsvSource({
            "'',                 phone.empty",
            "'   ',              phone.empty",
            "abc,                phone.characters",
            "138001380OO,        phone.characters",
            "1380013800 转 12,   phone.characters",
            "138+00138000,       phone.characters",
            "+1 650 253 0000,    phone.foreign",
            "+852 9123 4567,     phone.foreign",
            "1380013800,         phone.invalid",
            "138001380001,       phone.invalid",
            "88886666,           phone.invalid",
            "12345,              phone.invalid",
            "+,                  phone.invalid"})
    void invalidNumbersSayWhy(String raw, String reason) {
        assertThat(Phone.parse(raw).reason()).contains(reason);
    }

    @Test
    void nullIsEmpty() {
        assertThat(Phone.parse(null).reason()).contains(Phone.EMPTY);
    }

    @Test
    void theConstructorOnlyAcceptsCanonicalDigits() {
        assertThat(new Phone("13800138000").value()).isEqualTo("13800138000");
        assertThatThrownBy(() -> new Phone("138-0013-8000")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Phone("8613800138000")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Phone("12345")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("12345");
    }

    @Test
    void toStringIsMasked() {
        assertThat(new Phone("13800138000").toString()).isEqualTo("138****8000");
    }

    @Test
    void randomMobilesOfCurrentPrefixesRoundTrip() {
        long seed = Long.getLong("tests.seed", System.nanoTime());
        System.out.println("PhoneTest seed: " + seed + " (rerun with -Dtests.seed=" + seed + ")");
        var random = new SplittableRandom(seed);
        String[] prefixes = {"130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
                "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181",
                "182", "183", "184", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199"};
        for (int i = 0; i < 300; i++) {
            String mobile = prefixes[random.nextInt(prefixes.length)] + "%08d".formatted(random.nextInt(100_000_000));
            String typed = mobile.substring(0, 3) + "-" + mobile.substring(3, 7) + " " + mobile.substring(7);
            Phone phone = Phone.parse(random.nextBoolean() ? typed : "+86" + mobile).orElseThrow();
            assertThat(phone.value()).as("seed %d", seed).isEqualTo(mobile);
            assertThat(Phone.parse(phone.value()).orElseThrow()).isEqualTo(phone);
        }
    }
}
