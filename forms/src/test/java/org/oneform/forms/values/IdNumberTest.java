package org.oneform.forms.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    /** The worked example of GB 11643-1999. */
    private static final String STANDARD_EXAMPLE = "11010519491231002X";

    @Test
    void theStandardsExampleIsValidAndExposesItsParts() {
        IdNumber id = IdNumber.parse(STANDARD_EXAMPLE, TODAY).orElseThrow();

        assertThat(id.value()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.isMale()).isFalse();
        assertThat(id.regionCode()).isEqualTo("110105");
        assertThat(id.lastFour()).isEqualTo("002X");
        assertThat(id.masked()).isEqualTo("110105********002X");
        assertThat(id.age(TODAY)).isEqualTo(76);
    }

    @Test
    void checkDigitFollowsIso7064Mod11_2() {
        assertThat(IdNumber.checkDigit("11010519491231002")).isEqualTo('X');
        assertThat(IdNumber.checkDigit("44052418800101001")).isEqualTo('4');
        assertThatThrownBy(() -> IdNumber.checkDigit("1101051949123100")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdNumber.checkDigit("1101051949123100A")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "11010519491231002x",                       // lower-case x
            "11010519491231002×",                       // multiplication sign typed for X
            "１１０１０５１９４９１２３１００２Ｘ",       // full-width digits and letter
            "１１０１０５１９４９１２３１００２ｘ",       // full-width lower-case x
            " 110105 19491231 002X ",                   // spaces
            "110105\u300019491231\u3000002X",           // ideographic spaces
            "\u200B11010519491231002X\uFEFF",           // zero-width space and BOM from copy-paste
            "110105\t19491231\n002X"})                  // tab and line break from a spreadsheet cell
    void realWorldVariantsNormaliseToTheSameNumber(String raw) {
        assertThat(IdNumber.parse(raw, TODAY).orElseThrow().value()).isEqualTo(STANDARD_EXAMPLE);
    }

    @Test
    void legacyFifteenDigitNumbersBecomeEighteen() {
        IdNumber id = IdNumber.parse("130503670401001", TODAY).orElseThrow();

        assertThat(id.value()).isEqualTo("130503196704010016");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1967, 4, 1));
        assertThat(id.isMale()).isTrue();
        assertThat(IdNumber.parse("１３０５０３ ６７０４０１ ００１", TODAY).orElseThrow()).isEqualTo(id);
    }

    @ParameterizedTest
    @CsvSource({
            "'',                     id.length",
            "1101051949123100,       id.length",
            "110105194912310021X,    id.length",
            "11010519491231002A,     id.characters",
            "1101051949123100X2,     id.characters",
            "11010519491231002-,     id.characters",
            "13050367040100X,        id.characters",
            "110105194912310021,     id.checksum",
            "110105194912310020,     id.checksum",
            "01010519491231002X,     id.checksum",
            "130503670431001,        id.birth-date",
            "130503670229001,        id.birth-date"})
    void invalidNumbersSayWhy(String raw, String reason) {
        assertThat(IdNumber.parse(raw, TODAY).reason()).contains(reason);
    }

    @Test
    void regionMustStartWithOneToEight() {
        assertThat(IdNumber.parse(withCheck("01010519491231002"), TODAY).reason()).contains(IdNumber.REGION);
        assertThat(IdNumber.parse(withCheck("91010519491231002"), TODAY).reason()).contains(IdNumber.REGION);
        assertThat(IdNumber.parse(withCheck("81000019491231002"), TODAY).isValid()).isTrue();
    }

    @Test
    void birthDateMustBeRealNotFutureNotBefore1890() {
        assertThat(IdNumber.parse(withCheck("11010519490230002"), TODAY).reason()).contains(IdNumber.BIRTH_DATE);
        assertThat(IdNumber.parse(withCheck("11010518891231002"), TODAY).reason()).contains(IdNumber.BIRTH_DATE);
        assertThat(IdNumber.parse(withCheck("11010518900101002"), TODAY).isValid()).isTrue();
        assertThat(IdNumber.parse(withCheck("11010520261122002"), TODAY).isValid()).isTrue();
        assertThat(IdNumber.parse(withCheck("11010520261123002"), TODAY).reason()).contains(IdNumber.BIRTH_DATE);
        assertThat(IdNumber.parse(withCheck("11010520000229002"), TODAY).isValid()).isTrue();
        assertThat(IdNumber.parse(withCheck("11010519000229002"), TODAY).reason()).contains(IdNumber.BIRTH_DATE);
    }

    @Test
    void nullIsAnEmptyInputNotACrash() {
        assertThat(IdNumber.parse(null, TODAY).reason()).contains(IdNumber.LENGTH);
    }

    @Test
    void theConstructorOnlyAcceptsCanonicalValidNumbers() {
        assertThat(new IdNumber(STANDARD_EXAMPLE).value()).isEqualTo(STANDARD_EXAMPLE);
        assertThatThrownBy(() -> new IdNumber("11010519491231002x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IdNumber("110105194912310021"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(IdNumber.CHECKSUM)
                .hasMessageNotContaining("19491231");
    }

    @Test
    void toStringIsMasked() {
        IdNumber id = new IdNumber(STANDARD_EXAMPLE);
        assertThat(id.toString()).isEqualTo("110105********002X").doesNotContain("19491231");
        assertThat(IdNumber.parse(STANDARD_EXAMPLE, TODAY).toString()).doesNotContain("19491231");
    }

    @Test
    void parsingUsesTodayInChinaByDefault() {
        assertThat(IdNumber.parse(STANDARD_EXAMPLE).isValid()).isTrue();
        assertThat(IdNumber.parse(withCheck("11010529991231002")).reason()).contains(IdNumber.BIRTH_DATE);
    }

    private static String withCheck(String first17) {
        return first17 + IdNumber.checkDigit(first17);
    }
}
