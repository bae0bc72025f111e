package org.oneform.sync.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryKindTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                     | NONE",
        "11010519491231002X     | ID_NUMBER",
        "11010519491231002x     | ID_NUMBER",
        "110105 19491231 002X   | ID_NUMBER",
        "110105491231002        | ID_NUMBER",
        "13812345678            | PHONE",
        "+86 138-1234-5678      | PHONE",
        "0571-88881234          | PHONE",
        "5678                   | TAIL",
        "002X                   | TAIL",
        "zhangwei               | PINYIN",
        "Zhang Wei              | PINYIN",
        "xi'an                  | PINYIN",
        "X                      | PINYIN",
        "张伟                   | TEXT",
        "清河家园3栋            | TEXT",
        "501                    | TEXT",
        "12345678901234567890   | TEXT",
        "*                      | TEXT",
        "张伟 5678              | TEXT"})
    void kindIsDecidedByCharactersAndLength(String text, QueryKind kind) {
        assertThat(QueryKind.of(text)).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "张伟 zhang wei 138 1234 5678 | 张伟;zhang wei;138 1234 5678",
        "清河家园 3栋 501             | 清河家园;3栋;501"})
    void wordsAreSplitButRunsOfPinyinOrDigitsStayTogether(String text, String parts) {
        assertThat(QueryPlanner.parts(text)).containsExactly(parts.split(";"));
    }
}
