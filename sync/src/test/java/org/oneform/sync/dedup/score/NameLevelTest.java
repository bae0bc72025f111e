package org.oneform.sync.dedup.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oneform.sync.dedup.normal.Name;

class NameLevelTest {

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource({
        "张伟, 张伟, EXACT",
        "张伟, 章伟, HOMOPHONE",
        "张伟, 张玮, HOMOPHONE",
        "杨长青, 杨张青, HOMOPHONE", // 长 reads zhang as well as chang
        "王芳, 玉芳, TYPO",            // look-alike
        "李明, 李敏, TYPO",            // ming / min: fuzzy pinyin
        "陈思琪, 陈诗琪, TYPO",        // si / shi
        "季诗琪, 李思琪, TWO_TYPOS",
        "张子涵, 张子轩, DIFFERENT",   // twins
        "张伟, 张伟伟, DIFFERENT",
        "王芳, 李娜, DIFFERENT",
    })
    void namesCompareThroughTheirReadings(String a, String b, NameLevel expected) {
        assertThat(NameLevel.compare(Name.of(a), Name.of(b))).isEqualTo(expected);
        assertThat(NameLevel.compare(Name.of(b), Name.of(a))).isEqualTo(expected);
    }

    @Test
    void twoTyposInATwoCharacterNameAreTwoNames() {
        assertThat(NameLevel.compare(Name.of("李明"), Name.of("季敏"))).isEqualTo(NameLevel.DIFFERENT);
    }
}
