package org.oneform.sync.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oneform.sync.search.Records.DISTRICT;
import static org.oneform.sync.search.Records.GRID_1;
import static org.oneform.sync.search.Records.GRID_2;
import static org.oneform.sync.search.Records.GRID_3;
import static org.oneform.sync.search.Records.STREET_1;
import static org.oneform.sync.search.Records.placeAt;
import static org.oneform.sync.search.Records.record;
import static org.oneform.sync.search.Records.resident;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.values.GeoPoint;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.SubjectId;

/**
 * The filters of a query — age range, place type, distance, polygon — alone and with text, always
 * inside the scope, in a real index on disk. Distances are north of the centre: 0.0036° of latitude is
 * about 400 m, 0.0054° about 600 m.
 */
class RegistryIndexFiltersTest {

    static final GeoPoint CENTER = point("30.27 120.03");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    static final List<GoldenRecord> DATA = List.of(
            placeAt("Q0", GRID_1, "清河便民超市", "shop", "30.27 120.03"),
            placeAt("Q1", GRID_1, "河畔餐馆", "restaurant", "30.2736 120.03"),
            placeAt("Q2", GRID_2, "清河小吃", "restaurant", "30.2754 120.03"),
            placeAt("Q3", GRID_1, "远方饭店", "restaurant", "30.30 120.03"),
            placeAt("Q4", GRID_3, "隔壁餐馆", "restaurant", "30.2701 120.0301"),
            placeAt("Q5", GRID_1, "无位置小店", "shop", null),
            record("HL", SubjectType.HOUSEHOLD, GRID_1, "household.head_name", "周杰", "household.address",
                    "清河家园9栋", "household.location", "30.2702 120.0302"),
            resident("A0", GRID_1, "周一", "1966-12-03"),
            resident("A1", GRID_1, "周二", "1966-12-04"),
            resident("A2", GRID_1, "周三", "1956-12-04"),
            resident("A3", GRID_1, "周四", "1956-12-03"),
            resident("A4", GRID_1, "周五", "2008-02-29"),
            resident("A5", GRID_1, "周六", "not a date"),
            resident("A6", GRID_3, "周七", "1966-01-01"));

    @TempDir
    static Path dir;

    static RegistryIndex index;

    @BeforeAll
    static void seed() {
        index = RegistryIndex.open(dir, Records.KEY);
        index.index(DATA);
        index.refresh();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void placesWithin500MetresAreFoundNearestFirstWithTheirDistance() {
        SearchResult result = index.search(query("", DISTRICT, SearchFilters.NONE.withNear(new GeoCircle(CENTER, 500))));
        assertThat(ids(result)).containsExactly("Q0", "Q4", "HL", "Q1");
        assertThat(result.hits().get(0).distanceMeters()).isCloseTo(0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(result.hits().get(3).distanceMeters()).isBetween(395.0, 405.0);
        assertThat(result.hits()).extracting(SearchHit::distanceMeters).isSorted();
    }

    @Test
    void aPlace600MetresAwayIsNotWithin500ButWithin700() {
        assertThat(ids(index.search(query("", DISTRICT, SearchFilters.NONE.withNear(new GeoCircle(CENTER, 500))))))
                .doesNotContain("Q2", "Q3");
        SearchResult wider = index.search(query("", DISTRICT, SearchFilters.NONE.withNear(new GeoCircle(CENTER, 700))));
        assertThat(ids(wider)).contains("Q2").doesNotContain("Q3");
        assertThat(wider.hits().getLast().id().value()).isEqualTo("Q2");
        assertThat(wider.hits().getLast().distanceMeters()).isBetween(595.0, 605.0);
    }

    @Test
    void distanceAndTextCombineAndHitsKeepTheirDistance() {
        SearchResult result = index.search(query("餐馆", DISTRICT, SearchFilters.NONE.withNear(new GeoCircle(CENTER, 500))));
        assertThat(ids(result)).containsExactlyInAnyOrder("Q1", "Q4");
        assertThat(result.hits()).allMatch(h -> h.distanceMeters() != null && h.score() > 0);
    }

    @Test
    void withoutNearThereIsNoDistance() {
        assertThat(index.search(query("餐馆", DISTRICT, SearchFilters.NONE)).hits())
                .isNotEmpty().allMatch(h -> h.distanceMeters() == null);
    }

    @Test
    void theScopeLimitsAFilterToo() {
        SearchFilters near = SearchFilters.NONE.withNear(new GeoCircle(CENTER, 1000));
        assertThat(ids(index.search(query("", STREET_1, near)))).containsExactly("Q0", "HL", "Q1", "Q2")
                .doesNotContain("Q4");
        assertThat(ids(index.search(query("", GRID_3, near)))).containsExactly("Q4");
        assertThat(ids(index.search(query("", new AreaId("330111"), near)))).isEmpty();
    }

    @Test
    void thePlaceTypeFilterFindsOnlyPlacesOfThatType() {
        assertThat(ids(index.search(query("", DISTRICT, SearchFilters.NONE.withPlaceType("restaurant")))))
                .containsExactlyInAnyOrder("Q1", "Q2", "Q3", "Q4");
        assertThat(ids(index.search(query("清河", DISTRICT, SearchFilters.NONE.withPlaceType("shop")))))
                .containsExactly("Q0");
        assertThat(ids(index.search(query("", DISTRICT, SearchFilters.NONE.withPlaceType("hotel"))))).isEmpty();
        assertThat(ids(index.search(query("", DISTRICT,
                SearchFilters.NONE.withPlaceType("restaurant").withNear(new GeoCircle(CENTER, 500))))))
                .containsExactly("Q4", "Q1");
    }

    @Test
    void aPolygonFindsWhatIsInside() {
        GeoPolygon box = new GeoPolygon(List.of(point("30.269 120.029"), point("30.274 120.029"),
                point("30.274 120.031"), point("30.269 120.031")));
        assertThat(ids(index.search(query("", DISTRICT, SearchFilters.NONE.withWithin(box)))))
                .containsExactlyInAnyOrder("Q0", "Q1", "Q4", "HL");
        GeoPolygon triangle = new GeoPolygon(List.of(point("30.2735 120.029"), point("30.276 120.029"),
                point("30.276 120.031"), point("30.2735 120.029")));
        // Q1 lies in the triangle's bounding box but outside its diagonal edge
        assertThat(ids(index.search(query("", DISTRICT, SearchFilters.NONE.withWithin(triangle))))).containsExactly("Q2");
    }

    @Test
    void theAgeRangeIsInWholeYearsInclusive() {
        SearchFilters sixties = SearchFilters.NONE.withToday(TODAY).withAge(60, 69);
        // A0 turns 60 today, A1 tomorrow; A2 turns 70 tomorrow (still 69), A3 turned 70 today
        assertThat(ids(index.search(query("", DISTRICT, sixties)))).containsExactlyInAnyOrder("A0", "A2", "A6");
        assertThat(ids(index.search(query("周", STREET_1, sixties)))).containsExactlyInAnyOrder("A0", "A2");
        assertThat(ids(index.search(query("", DISTRICT, SearchFilters.NONE.withToday(TODAY).withAge(70, null)))))
                .containsExactly("A3");
        assertThat(ids(index.search(query("", DISTRICT, SearchFilters.NONE.withToday(TODAY).withAge(null, 18)))))
                .containsExactly("A4");
    }

    @Test
    void aLeapDayBirthdayCountsOnTheFirstOfMarch() {
        SearchFilters adults = SearchFilters.NONE.withAge(18, null);
        assertThat(ids(index.search(query("周五", DISTRICT, adults.withToday(LocalDate.of(2026, 2, 28)))))).isEmpty();
        assertThat(ids(index.search(query("周五", DISTRICT, adults.withToday(LocalDate.of(2026, 3, 1))))))
                .containsExactly("A4");
    }

    @Test
    void theLocationOfASubjectIsReadBack() {
        assertThat(index.location(new SubjectId("Q1"))).contains(point("30.2736 120.03"));
        assertThat(index.location(new SubjectId("HL"))).contains(point("30.2702 120.0302"));
        assertThat(index.location(new SubjectId("Q5"))).isEmpty();
        assertThat(index.location(new SubjectId("nobody"))).isEmpty();
    }

    @Test
    void invalidFiltersAreRefusedNamingTheField() {
        assertThatThrownBy(() -> SearchFilters.NONE.withAge(70, 60)).hasMessageContaining("minAge");
        assertThatThrownBy(() -> SearchFilters.NONE.withAge(-1, null)).hasMessageContaining("minAge");
        assertThatThrownBy(() -> SearchFilters.NONE.withAge(null, 1000)).hasMessageContaining("maxAge");
        assertThatThrownBy(() -> new GeoCircle(CENTER, -1)).hasMessageContaining("radiusMeters");
        assertThatThrownBy(() -> new GeoCircle(CENTER, Double.NaN)).hasMessageContaining("radiusMeters");
        assertThatThrownBy(() -> new GeoCircle(null, 1)).hasMessageContaining("center");
        assertThatThrownBy(() -> new GeoPolygon(List.of(CENTER, point("30.28 120.03"))))
                .hasMessageContaining("vertices");
        assertThatThrownBy(() -> new GeoPolygon(List.of(CENTER, point("30.28 120.03"), CENTER)))
                .hasMessageContaining("vertices");
        assertThatThrownBy(() -> new GeoPoint(BigDecimal.valueOf(91), BigDecimal.ONE)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "?", "\"", "(", "\\", "** ??", "\"(*?\\)\""})
    void textWithNothingSearchableListsTheFilterMatches(String text) {
        assertThat(ids(index.search(query(text, DISTRICT, SearchFilters.NONE.withNear(new GeoCircle(CENTER, 500))))))
                .containsExactly("Q0", "Q4", "HL", "Q1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AND OR NOT", "x", "张", "1234"})
    void wordsWithFiltersNeverThrow(String text) {
        SearchFilters all = SearchFilters.NONE.withNear(new GeoCircle(CENTER, 500)).withPlaceType("restaurant")
                .withWithin(new GeoPolygon(List.of(point("30 120"), point("31 120"), point("31 121"))));
        assertThatCode(() -> index.search(query(text, DISTRICT, all))).doesNotThrowAnyException();
        assertThatCode(() -> index.search(query("x".repeat(10_000), DISTRICT, all.withAge(0, 150))))
                .doesNotThrowAnyException();
    }

    @Test
    void aHugeRadiusAndATinyOneWork() {
        assertThat(ids(index.search(query("", DISTRICT, SearchFilters.NONE.withNear(new GeoCircle(CENTER, 20_000_000))))))
                .hasSize(6);
        assertThat(ids(index.search(query("", DISTRICT, SearchFilters.NONE.withNear(new GeoCircle(CENTER, 0))))))
                .containsExactly("Q0");
    }

    static SearchQuery query(String text, AreaId scope, SearchFilters filters) {
        return new SearchQuery(text, null, scope, 100).withFilters(filters);
    }

    static List<String> ids(SearchResult result) {
        return result.hits().stream().map(h -> h.id().value()).toList();
    }

    static GeoPoint point(String text) {
        return GeoPoint.parse(text).toOptional().orElseThrow();
    }
}
