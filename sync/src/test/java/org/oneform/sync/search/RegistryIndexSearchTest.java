package org.oneform.sync.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oneform.sync.search.Records.DISTRICT;
import static org.oneform.sync.search.Records.GRID_3;
import static org.oneform.sync.search.Records.STREET_1;
import static org.oneform.sync.search.Records.STREET_2;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.AreaId;

/** Every kind of text the search box understands, on {@link SearchData} in a real index on disk. */
class RegistryIndexSearchTest {

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

    @Test
    void aChineseNameRanksTheExactNameFirstThenHomophonesAndLongerNames() {
        List<String> ids = ids("张伟", SubjectType.RESIDENT, STREET_1);
        assertThat(ids.getFirst()).isEqualTo("R1");
        assertThat(ids).contains("R2", "R4").doesNotContain("R6");
        assertThat(ids.indexOf("R2")).as("章伟 is a homophone: behind the exact name").isGreaterThan(0);
    }

    @Test
    void anExactNameFindsResidentsAndTheHouseholdsTheyHead() {
        assertThat(ids("张伟", null, STREET_1).subList(0, 2)).containsExactlyInAnyOrder("R1", "H1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zhangwei", "zhang wei", "ZhangWei", "Zhang Wei", "ｚｈａｎｇｗｅｉ"})
    void fullPinyinFindsBothHomophones(String text) {
        assertThat(ids(text, SubjectType.RESIDENT, STREET_1).subList(0, 2)).containsExactlyInAnyOrder("R1", "R2");
    }

    @Test
    void initialsFindBothHomophonesFirstAndLongerNamesByPrefix() {
        List<String> ids = ids("zw", SubjectType.RESIDENT, STREET_1);
        assertThat(ids.subList(0, 2)).containsExactlyInAnyOrder("R1", "R2");
        assertThat(ids).contains("R4");
    }

    @Test
    void aPinyinPrefixFindsTheName() {
        assertThat(ids("zhangweim", SubjectType.RESIDENT, STREET_1)).containsExactly("R4");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yangchangqing", "yangzhangqing", "ycq", "yzq", "yang chang qing"})
    void everyReadingOfAPolyphonicCharacterFindsTheName(String text) {
        assertThat(ids(text, null, DISTRICT).getFirst()).isEqualTo("R3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lvli", "luli", "ll"})
    void umlautIsSpelledVAndU(String text) {
        assertThat(ids(text, SubjectType.RESIDENT, DISTRICT).getFirst()).isEqualTo("R7");
    }

    @Test
    void aLongerNameRanksItselfFirst() {
        assertThat(ids("张伟明", null, DISTRICT).getFirst()).isEqualTo("R4");
        assertThat(ids("张卫明", null, DISTRICT).getFirst()).as("one character wrong").isEqualTo("R4");
        assertThat(ids("张卫", SubjectType.RESIDENT, STREET_1).subList(0, 2)).as("homophone typo")
                .containsExactlyInAnyOrder("R1", "R2");
        assertThat(ids("张三", null, DISTRICT)).as("a two-character name needs both").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"33011019600101555X", "33011019600101555x", "３３０１１０１９６００１０１５５５Ｘ",
            "330110 19600101 555X", "330110-19600101-555x"})
    void aFullIdNumberFindsExactlyItsOwner(String text) {
        SearchResult result = index.search(SearchQuery.of(text, DISTRICT));
        assertThat(result.hits()).extracting(h -> h.id().value()).containsExactly("R3");
        assertThat(result.totalHits()).isEqualTo(1);
    }

    @Test
    void aFirstGenerationIdNumberIsWidenedTo18Digits() {
        index.index(List.of(Records.resident("R90", GRID_3, "赵一", "11010519491231002X", "13000000000")));
        index.refresh();
        assertThat(ids("110105491231002", null, DISTRICT)).containsExactly("R90");
        index.delete(new org.oneform.sync.registry.SubjectId("R90"));
        index.refresh();
    }

    @Test
    void theLastFourCharactersOfAnIdNumberFindItsOwner() {
        assertThat(ids("555x", null, DISTRICT).getFirst()).isEqualTo("R3");
        assertThat(ids("2316", null, DISTRICT)).containsExactly("R1");
    }

    @Test
    void theLastFourDigitsOfAPhoneFindEveryOwner() {
        assertThat(ids("5678", null, DISTRICT)).containsExactlyInAnyOrder("R1", "R5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "138 1234 5678", "+86 138-1234-5678", "8613812345678", "１３８１２３４５６７８"})
    void aPhoneNumberFindsExactlyItsOwner(String text) {
        SearchResult result = index.search(SearchQuery.of(text, DISTRICT));
        assertThat(result.hits()).extracting(h -> h.id().value()).containsExactly("R1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0571-88881234", "057188881234", "０５７１－８８８８１２３４"})
    void aLandlineFindsThePlace(String text) {
        assertThat(ids(text, null, DISTRICT)).containsExactly("P1");
    }

    @Test
    void anAddressFragmentFindsTheRightBuildingFirst() {
        List<String> households = ids("清河家园3栋", SubjectType.HOUSEHOLD, STREET_1);
        assertThat(households).containsExactly("H1", "H2");
        assertThat(ids("清河家园3栋", SubjectType.HOUSEHOLD, DISTRICT).subList(0, 2)).containsExactlyInAnyOrder("H1", "H3");
        assertThat(ids("清河家园3栋", null, STREET_1).subList(0, 2)).containsExactlyInAnyOrder("H1", "P1");
        assertThat(ids("501室", SubjectType.HOUSEHOLD, STREET_1).getFirst()).isEqualTo("H1");
    }

    @Test
    void aPlaceNameOrPartOfItFindsThePlace() {
        assertThat(ids("便民超市", SubjectType.PLACE, DISTRICT).getFirst()).isEqualTo("P1");
        assertThat(ids("阳光幼儿园", null, DISTRICT).getFirst()).isEqualTo("P2");
        assertThat(ids("ygyey", null, DISTRICT)).containsExactly("P2");
    }

    @Test
    void severalWordsMustAllMatch() {
        assertThat(ids("张伟 5678", null, DISTRICT)).containsExactly("R1");
        assertThat(ids("zhang wei 5678", null, DISTRICT)).containsExactly("R1");
        assertThat(ids("清河家园 3栋 501", null, DISTRICT).getFirst()).isEqualTo("H1");
    }

    @Test
    void aSearchNeverLeavesItsScope() {
        assertThat(ids("张伟", SubjectType.RESIDENT, STREET_2)).containsExactly("R6");
        assertThat(ids("张伟", SubjectType.RESIDENT, GRID_3)).containsExactly("R6");
        assertThat(ids("330110198501012316", null, STREET_2)).isEmpty();
        assertThat(ids("zhangwei", null, STREET_2)).containsExactly("R6");
        assertThat(ids("张伟", SubjectType.RESIDENT, DISTRICT)).contains("R1", "R6");
        assertThat(ids("张伟", null, new AreaId("330111"))).isEmpty();
        assertThat(ids("张伟", null, new AreaId("330110.00"))).as("a scope is a path, not a string prefix").isEmpty();
        SearchResult everything = index.search(SearchQuery.of("清河", STREET_1).withLimit(1000));
        assertThat(everything.hits()).allMatch(h -> h.grid().isWithin(STREET_1));
    }

    @Test
    void theTypeFilterAndTheLimitApply() {
        assertThat(index.search(SearchQuery.of("张伟", DISTRICT).withType(SubjectType.HOUSEHOLD)).hits())
                .extracting(SearchHit::type).containsOnly(SubjectType.HOUSEHOLD);
        SearchResult one = index.search(SearchQuery.of("张伟", DISTRICT).withLimit(1));
        assertThat(one.hits()).hasSize(1);
        assertThat(one.totalHits()).isGreaterThan(1);
    }

    @Test
    void hitsCarryTypeAndGrid() {
        SearchHit hit = index.search(SearchQuery.of("杨长青", DISTRICT)).hits().getFirst();
        assertThat(hit.type()).isEqualTo(SubjectType.RESIDENT);
        assertThat(hit.grid()).isEqualTo(Records.GRID_2);
        assertThat(hit.score()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"张伟\"", "张伟)", "(张伟", "张伟*", "张伟?", "\\张伟", "[张伟]", "张伟~2", "张伟^10"})
    void querySyntaxIsLiteralText(String text) {
        assertThat(ids(text, SubjectType.RESIDENT, STREET_1).getFirst()).isEqualTo("R1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"张伟 *", "张伟 (", "* 张伟 ?", "\"张伟\" \\"})
    void punctuationWordsAreIgnored(String text) {
        assertThat(ids(text, SubjectType.RESIDENT, STREET_1).getFirst()).isEqualTo("R1");
    }

    @Test
    void theExactNameIgnoresPunctuationAndTheMiddleDot() {
        index.index(List.of(Records.resident("R91", GRID_3, "阿依古丽·买买提", "330110199001010000", "13000000091")));
        index.refresh();
        assertThat(ids("阿依古丽买买提", null, DISTRICT).getFirst()).isEqualTo("R91");
        assertThat(ids("\"阿依古丽·买买提\"", null, DISTRICT).getFirst()).isEqualTo("R91");
        index.delete(new org.oneform.sync.registry.SubjectId("R91"));
        index.refresh();
    }

    static List<String> ids(String text, SubjectType type, AreaId scope) {
        return index.search(new SearchQuery(text, type, scope, 100)).hits().stream().map(h -> h.id().value()).toList();
    }
}
