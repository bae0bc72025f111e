package org.oneform.sync.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oneform.sync.search.Records.DISTRICT;
import static org.oneform.sync.search.Records.GRID_1;
import static org.oneform.sync.search.Records.GRID_2;
import static org.oneform.sync.search.Records.GRID_3;
import static org.oneform.sync.search.Records.STREET_1;
import static org.oneform.sync.search.Records.household;
import static org.oneform.sync.search.Records.record;
import static org.oneform.sync.search.Records.resident;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.GoldenRecord;

/**
 * The query types of issue 7 that {@link RegistryIndexSearchTest} does not cover, on {@link SearchData}
 * plus: the polyphonic surnames 曾/单/解, the homophone 章玮, ID and phone numbers one typo away from
 * another's, the building words 幢/号楼, and residents linked to households (found by the household's
 * address). A real index on disk.
 */
class RegistryIndexQueryTypesTest {

    static final List<GoldenRecord> EXTRA = List.of(
            resident("S1", GRID_1, "曾明", "330110197001010011", "13911110001"),
            resident("S2", GRID_1, "单丽", "330110197102020022", "13911110002"),
            resident("S3", GRID_1, "解红", "330110197203030033", "13911110003"),
            resident("S4", GRID_1, "章玮", "330110197304040044", "13911110004"),
            // one edit away from R1's ID (last digit) and phone (last digit)
            resident("S5", GRID_1, "赵六", "330110198501012317", "13812345679"),
            household("H4", GRID_1, "孙七", "杭州市余杭区清河家园7号楼1单元201室", "清河家园", "7号楼", "1", "201"),
            member("M1", GRID_1, "周八", "H1"),
            member("M2", GRID_1, "吴九", "H4"),
            member("M3", GRID_3, "郑十", "H3"));

    @TempDir
    static Path dir;

    static RegistryIndex index;

    @BeforeAll
    static void seed() {
        index = RegistryIndex.open(dir, Records.KEY);
        List<GoldenRecord> all = new ArrayList<>(SearchData.ALL);
        all.addAll(EXTRA);
        index.index(all);
        index.refresh();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    static GoldenRecord member(String id, AreaId grid, String name, String household) {
        return record(id, SubjectType.RESIDENT, grid, "resident.name", name, "resident.household_id", household,
                "resident.birth_date", "1990-01-01");
    }

    @Test
    void anExactNameIsFirst() {
        assertThat(ids("杨长青", null, DISTRICT).getFirst()).isEqualTo("R3");
        assertThat(ids("曾明", SubjectType.RESIDENT, DISTRICT)).containsExactly("S1");
    }

    @ParameterizedTest
    @CsvSource({"伟明, R4", "长青, R3", "便民, P1", "幼儿, P2"})
    void partOfAChineseNameFindsIt(String text, String id) {
        assertThat(ids(text, null, DISTRICT).getFirst()).isEqualTo(id);
    }

    @ParameterizedTest
    @CsvSource({"yangchangqing, R3", "yangzhangqing, R3", "zengming, S1", "cengming, S1", "shanli, S2", "danli, S2",
            "xiehong, S3", "jiehong, S3", "zm, S1", "cm, S1", "sl, S2", "dl, S2", "xh, S3", "jh, S3"})
    void everyReadingOfAPolyphonicSurnameFindsTheName(String text, String id) {
        assertThat(ids(text, SubjectType.RESIDENT, DISTRICT).getFirst()).isEqualTo(id);
    }

    @Test
    void homophonesAreFoundByTheirCommonSpellingAndTheExactNameFirstByCharacters() {
        assertThat(ids("zhangwei", SubjectType.RESIDENT, STREET_1).subList(0, 3)).containsExactlyInAnyOrder("R1", "R2", "S4");
        List<String> byCharacters = ids("张伟", SubjectType.RESIDENT, STREET_1);
        assertThat(byCharacters.getFirst()).isEqualTo("R1");
        assertThat(byCharacters).contains("S4");
        assertThat(ids("章玮", SubjectType.RESIDENT, STREET_1).getFirst()).isEqualTo("S4");
    }

    @Test
    void anIdNumberFindsItsOwnerFirstThenTheNumbersOneTypoAway() {
        assertThat(ids("330110198501012316", null, DISTRICT)).containsExactly("R1", "S5");
        assertThat(ids("330110198501012317", null, DISTRICT)).containsExactly("S5", "R1");
        SearchResult result = index.search(SearchQuery.of("330110198501012316", DISTRICT));
        assertThat(result.hits().get(0).score()).isGreaterThan(result.hits().get(1).score());
    }

    @ParameterizedTest
    @ValueSource(strings = {"330110198601012316", "330110198510012316", "303110198501012316", "33011019850101231X",
            "330110198501012361"})
    void anIdNumberWithOneTypoStillFindsItsOwner(String typo) {
        // a digit wrong, two neighbours swapped, the check character X for a digit
        assertThat(ids(typo, null, DISTRICT)).contains("R1");
    }

    @Test
    void anIdCheckCharacterTypedAsADigitFindsTheXOwner() {
        assertThat(ids("330110196001015559", null, DISTRICT)).containsExactly("R3");
    }

    @Test
    void twoTyposAreTooMany() {
        assertThat(ids("330110198601012326", null, DISTRICT)).isEmpty();
        assertThat(ids("13812345600", null, DISTRICT)).isEmpty();
    }

    @Test
    void aPhoneNumberFindsItsOwnerFirstThenTheNumbersOneTypoAway() {
        assertThat(ids("13812345678", null, DISTRICT)).containsExactly("R1", "S5");
        assertThat(ids("13812345679", null, DISTRICT)).containsExactly("S5", "R1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"13812345670", "13812345687", "13813345678", "13182345678", "0571-88881243", "0571-88881235"})
    void aPhoneNumberWithOneTypoStillFindsItsOwner(String typo) {
        List<String> ids = ids(typo, null, DISTRICT);
        assertThat(ids).containsAnyOf("R1", "P1");
    }

    @Test
    void lastFourDigitsOfAnIdAndAPhone() {
        assertThat(ids("2316", null, DISTRICT)).containsExactly("R1");
        assertThat(ids("0003", null, DISTRICT)).containsExactly("S3");
        assertThat(ids("0033", null, DISTRICT)).containsExactly("S3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"清河家园3栋", "清河家园3幢", "清河家园3棟", "清河家园3号楼"})
    void buildingWordsAreInterchangeable(String text) {
        assertThat(ids(text, SubjectType.HOUSEHOLD, DISTRICT).subList(0, 2)).containsExactlyInAnyOrder("H1", "H3");
    }

    @Test
    void aHouseholdWrittenWithHaoLouIsFoundByDong() {
        assertThat(ids("清河家园7栋", SubjectType.HOUSEHOLD, DISTRICT).getFirst()).isEqualTo("H4");
        assertThat(ids("7幢201", SubjectType.HOUSEHOLD, DISTRICT).getFirst()).isEqualTo("H4");
    }

    @Test
    void residentsAreFoundByTheirHouseholdsAddressInsideTheScope() {
        // 5栋1单元 and 7号楼1单元 share most characters with 3栋2单元: their members come later
        assertThat(ids("清河家园3栋2单元", SubjectType.RESIDENT, STREET_1).getFirst()).isEqualTo("M1");
        assertThat(ids("清河家园3幢", SubjectType.RESIDENT, DISTRICT).subList(0, 2)).containsExactlyInAnyOrder("M1", "M3");
        assertThat(ids("清河家园3栋", SubjectType.RESIDENT, STREET_1)).as("M3's household is in street 2")
                .startsWith("M1").doesNotContain("M3");
        assertThat(ids("7号楼", SubjectType.RESIDENT, DISTRICT)).containsExactly("M2");
        assertThat(ids("3栋", SubjectType.RESIDENT, DISTRICT)).containsExactlyInAnyOrder("M1", "M3");
        assertThat(ids("周八 3栋", SubjectType.RESIDENT, DISTRICT)).containsExactly("M1");
        assertThat(ids("吴九 3栋", SubjectType.RESIDENT, DISTRICT)).as("M2 lives in 7栋").isEmpty();
    }

    @Test
    void aHouseholdRanksAboveItsMembersForItsAddress() {
        List<String> ids = ids("清河家园3栋2单元501", null, STREET_1);
        assertThat(ids.getFirst()).isEqualTo("H1");
        assertThat(ids).contains("M1");
        assertThat(ids.indexOf("M1")).isGreaterThan(ids.indexOf("H1"));
    }

    @Test
    void aScopeOutsideTheDataFindsNothingWhateverTheQuery() {
        AreaId elsewhere = new AreaId("330110.003");
        for (String text : List.of("张伟", "zhangwei", "zw", "330110198501012316", "330110198501012317", "13812345678",
                "2316", "清河家园3栋", "7号楼")) {
            assertThat(ids(text, null, elsewhere)).as(text).isEmpty();
        }
        for (String text : List.of("张伟", "330110198501012316", "13812345678", "清河家园3栋", "zhangwei")) {
            assertThat(index.search(new SearchQuery(text, null, Records.STREET_2, 100)).hits()).as(text)
                    .allMatch(h -> h.grid().isWithin(Records.STREET_2));
        }
        assertThat(ids("yangchangqing", null, GRID_2)).containsExactly("R3");
    }

    static List<String> ids(String text, SubjectType type, AreaId scope) {
        return index.search(new SearchQuery(text, type, scope, 100)).hits().stream().map(h -> h.id().value()).toList();
    }
}
