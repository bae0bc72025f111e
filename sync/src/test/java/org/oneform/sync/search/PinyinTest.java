package org.oneform.sync.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinyinTest {

    @Test
    void everyReadingOfEveryCharacterIsSpelled() {
        Pinyin.Spellings spellings = Pinyin.of("杨长青");
        assertThat(spellings.full()).contains("yangchangqing", "yangzhangqing");
        assertThat(spellings.initials()).contains("ycq", "yzq");
    }

    @Test
    void homophonesSpellTheSame() {
        assertThat(Pinyin.of("张伟").full()).containsExactly("zhangwei");
        assertThat(Pinyin.of("章伟").full()).containsExactly("zhangwei");
    }

    @Test
    void umlautIsSpelledBothWays() {
        assertThat(Pinyin.of("吕").full()).contains("lv", "lu");
    }

    @Test
    void latinAndDigitsSpellThemselvesAndPunctuationIsSkipped() {
        assertThat(Pinyin.of("KFC·7店").full()).containsExactly("kfc7dian");
        assertThat(Pinyin.of("·?!").isEmpty()).isTrue();
    }

    @Test
    void spellingsAreCapped() {
        assertThat(Pinyin.of("长长长长长长长长长长").full()).hasSize(Pinyin.MAX_SPELLINGS);
    }
}
