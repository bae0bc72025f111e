package org.oneform.sync.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oneform.forms.catalog.SubjectType;

/** Whatever is typed, a search returns a result and never throws. */
class RegistryIndexBadInputTest {

    @TempDir
    static Path dir;

    static RegistryIndex index;

    @BeforeAll
    static void seed() {
        index = RegistryIndex.open(dir, Records.KEY);
        index.index(SearchData.ALL);
        index.refresh();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n", "\u3000", "\u200b", "\u0000", "   \u3000  ", "\"\"", "()", "*", "?", "\\", "-", "+",
            "'", "''", "·", "!@#$%^&*()_+{}|:\"<>?~`-=[]\\;',./"})
    void textWithNothingToSearchForFindsNothing(String text) {
        SearchResult result = index.search(new SearchQuery(text, null, Records.DISTRICT, 20));
        assertThat(result.hits()).isEmpty();
        assertThat(result.totalHits()).isZero();
    }

    static Stream<String> hostileText() {
        return Stream.of("x".repeat(10_000), "张".repeat(10_000), "1".repeat(10_000), "1234 ".repeat(2_000),
                "a ".repeat(5_000), "张 ".repeat(5_000), "清河家园3栋".repeat(2_000), "😀".repeat(5_000),
                "\"张伟", "张伟\"", "(张伟", "[张伟", "{张伟}", "张*", "*张", "张?", "?", "AND", "OR", "NOT",
                "张伟 AND 王芳", "a AND b OR NOT c", "\\", "\\\\张伟", "张伟\\", "+-&&||!(){}[]^\"~*?:\\/",
                "title:张伟", "name:\"张伟\"~2", "/regex.*/", "\uD800", "\uDC00张", "x", "X", "ｘ", "123", "12",
                "12345678901234567890", "123456789012345678X9", "86", "+86", "0", "00000000000", "1-2-3-4",
                "x".repeat(64) + "张伟", "张伟" + " ".repeat(10_000) + "王芳", "王".repeat(64));
    }

    @ParameterizedTest
    @MethodSource("hostileText")
    void hostileTextNeverThrows(String text) {
        for (SubjectType type : new SubjectType[] {null, SubjectType.RESIDENT}) {
            assertThatCode(() -> {
                SearchResult result = index.search(new SearchQuery(text, type, Records.STREET_1, 50));
                assertThat(result.hits()).hasSizeLessThanOrEqualTo(50)
                        .allMatch(h -> h.grid().isWithin(Records.STREET_1));
            }).doesNotThrowAnyException();
        }
    }
}
