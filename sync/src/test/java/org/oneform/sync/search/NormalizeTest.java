package org.oneform.sync.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizeTest {

    @Test
    void textBecomesHalfWidthWithSingleSpaces() {
        assertThat(Normalize.text("　张伟\t\u200b １２３ＡＢ  ")).isEqualTo("张伟 123AB");
        assertThat(Normalize.text(null)).isEmpty();
    }

    @Test
    void idNumbersGetAnUpperCaseCheckCharacterAndFirstGenerationNumbersAreWidened() {
        assertThat(Normalize.idNumber("11010519491231002x")).isEqualTo("11010519491231002X");
        assertThat(Normalize.idNumber("１１０１０５１９４９１２３１００２ｘ")).isEqualTo("11010519491231002X");
        assertThat(Normalize.idNumber("110105491231002")).isEqualTo("11010519491231002X");
    }

    @Test
    void phonesKeepTheirDigitsWithoutTheCountryCode() {
        assertThat(Normalize.phone("+86 138-1234-5678")).isEqualTo("13812345678");
        assertThat(Normalize.phone("0571-88881234")).isEqualTo("057188881234");
        assertThat(Normalize.phone("none")).isEmpty();
    }

    @Test
    void queriesAreCutWithoutSplittingASurrogatePair() {
        String cut = Normalize.query("😀".repeat(1000));
        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(Normalize.MAX_QUERY_CODE_POINTS);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
    }
}
