package org.oneform.forms.values;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The same set as {@code stripBlanks} in frontend/collect/form/values.ts (its values.test.ts checks every character too). */
class BlanksTest {

    private static boolean listed(char c) {
        return c >= 0x09 && c <= 0x0D || c >= 0x1C && c <= 0x20 || c >= 0x2000 && c <= 0x200A || c == 0xA0
                || c == 0x1680 || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000
                || c == 0xFEFF;
    }

    @Test
    void stripsExactlyTheListedCharacters() {
        for (char c = 0; c < 0xFFFF; c++) {
            assertThat(Blanks.strip(c + "a" + c).equals("a")).as("U+%04X", (int) c).isEqualTo(listed(c));
            assertThat(Blanks.RUN.matcher(String.valueOf(c)).matches()).as("RUN U+%04X", (int) c).isEqualTo(listed(c));
        }
    }

    @Test
    void wordsAreSeparatedByAnyBlankRun() {
        assertThat(Blanks.words(" x\u3000y\u00a0 z ")).containsExactly("x", "y", "z");
        assertThat(Blanks.words("\u00a0\u2007")).isEmpty();
        assertThat(Blanks.isBlank("\ufeff\u202f")).isTrue();
        assertThat(Blanks.isBlank("\u200b")).as("a zero-width space is a format character, not a blank").isFalse();
    }
}
