package org.oneform.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.oneform.app.accounts.Account;
import org.oneform.app.accounts.Accounts;
import org.oneform.app.audit.AuditEvent;
import org.oneform.app.audit.AuditLog;
import org.oneform.app.support.OneFormIntegrationTest;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.Area;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.area.AreaLevel;
import org.oneform.sync.area.Areas;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.Registry;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The search screen's server side on the seeded demo city: the area scope comes from the signed-in account
 * whatever area the request names, bad input is answered with a problem at a field (never an exception),
 * and a summary reveals nothing while a reveal is audited.
 */
class SearchScopeIT extends OneFormIntegrationTest {

    @Autowired
    RegistrySearch search;
    @Autowired
    RecordSummaries summaries;
    @Autowired
    Accounts accounts;
    @Autowired
    Areas areas;
    @Autowired
    Registry registry;
    @Autowired
    AuditLog audit;

    @Test
    void aSupervisorNeverGetsAnotherStreetsRecordsEvenWhenAskingForThatStreet() {
        Account supervisor = accounts.find("supervisor1").orElseThrow();
        AreaId ownStreet = supervisor.areas().getFirst();
        AreaId otherStreet = otherStreet(ownStreet);
        GoldenRecord theirs = firstResidentIn(otherStreet);
        String theirId = theirs.text("resident.id_number");

        for (AreaId asked : List.of(otherStreet, theirs.grid(), areas.get(theirs.grid()).parent())) {
            SearchOutcome outcome = search.search(supervisor, request(theirId, asked));
            assertThat(outcome.problems()).isEmpty();
            assertThat(outcome.rows()).as("asking for %s", asked).isEmpty();
            assertThat(search.search(supervisor, request(theirs.text("resident.name"), asked)).rows()).isEmpty();
        }
        // the whole district, or an area that does not exist: never more than the own street
        SearchOutcome district = search.search(supervisor, request(theirs.text("resident.name").substring(0, 1), districtOf(ownStreet)));
        assertThat(district.rows()).isNotEmpty().allSatisfy(row -> assertThat(gridOf(row).isWithin(ownStreet)).isTrue());
        assertThat(search.search(supervisor, request(theirId, districtOf(ownStreet))).rows()).isEmpty();
        assertThat(search.search(supervisor, request("王", new AreaId("999.999"))).rows()).isEmpty();

        // the admin asking for that street finds the resident
        Account admin = accounts.find("admin").orElseThrow();
        assertThat(search.search(admin, request(theirId, otherStreet)).rows()).extracting(SearchRow::id).containsExactly(theirs.id().value());
        assertThat(search.search(admin, request(theirId, ownStreet)).rows()).isEmpty();
    }

    @Test
    void aSupervisorNarrowsToAGridOfTheirStreet() {
        Account supervisor = accounts.find("supervisor1").orElseThrow();
        AreaId ownStreet = supervisor.areas().getFirst();
        Area grid = areas.within(ownStreet, AreaLevel.GRID).getFirst();
        GoldenRecord mine = registry.inGrid(grid.id(), SubjectType.RESIDENT).getFirst();
        String surname = mine.text("resident.name").substring(0, 1);

        SearchOutcome inGrid = search.search(supervisor, request(surname, grid.id()));
        assertThat(inGrid.rows()).isNotEmpty().allSatisfy(row -> assertThat(gridOf(row)).isEqualTo(grid.id()));
        SearchOutcome inStreet = search.search(supervisor, request(surname, null));
        assertThat(inStreet.total()).isGreaterThanOrEqualTo(inGrid.total());

        assertThat(search.areaChoices(supervisor)).extracting(Area::id)
                .contains(ownStreet, grid.id()).allSatisfy(id -> assertThat(id.isWithin(ownStreet)).isTrue());
        assertThat(search.areaChoices(accounts.find("admin").orElseThrow())).hasSize(
                areas.ofLevel(AreaLevel.DISTRICT).size() + areas.ofLevel(AreaLevel.STREET).size()
                        + areas.ofLevel(AreaLevel.COMMUNITY).size() + areas.ofLevel(AreaLevel.GRID).size());
        assertThat(search.areaChoices(accounts.find("worker01").orElseThrow())).isEmpty();
    }

    @Test
    void resultsAreMaskedAndNameTheGridAndTheResidentsAge() {
        Account supervisor = accounts.find("supervisor1").orElseThrow();
        GoldenRecord mine = firstResidentIn(supervisor.areas().getFirst());
        SearchRow row = search.search(supervisor, request(mine.text("resident.id_number"), null)).rows().getFirst();
        assertThat(row.id()).isEqualTo(mine.id().value());
        assertThat(row.idNumberMasked()).contains("********").isNotEqualTo(mine.text("resident.id_number"));
        assertThat(row.area()).isEqualTo(search.areaName(mine.grid())).doesNotContain(mine.grid().value()).contains("网格");
        assertThat(row.age()).isEqualTo(RegistrySearch.age(mine.text("resident.birth_date"), search.today()).orElseThrow());
        assertThat(row.age()).isBetween(0, 120);
    }

    @Test
    void badInputIsAProblemAtAFieldOrASensibleResultNeverAnException() {
        Account supervisor = accounts.find("supervisor1").orElseThrow();
        assertThat(search.search(supervisor, SearchRequest.of("   ")).problems())
                .containsExactly(new SearchRequest.Problem("text", "search.empty"));
        assertThat(search.search(supervisor, SearchRequest.of("王".repeat(10_000))).problems())
                .containsExactly(new SearchRequest.Problem("text", "search.problem.text-too-long"));
        assertThat(search.search(supervisor, new SearchRequest("王", null, null, 60, 30, null)).problems())
                .containsExactly(new SearchRequest.Problem("maxAge", "search.problem.age-order"));
        assertThat(search.search(supervisor, new SearchRequest("王", null, null, -1, 500, null)).problems())
                .extracting(SearchRequest.Problem::field).containsExactly("minAge", "maxAge");
        assertThat(search.search(supervisor, new SearchRequest("", null, null, 20, null, "shop")).problems())
                .containsExactly(new SearchRequest.Problem("minAge", "search.problem.age-residents-only"));
        assertThat(search.search(supervisor, new SearchRequest("", SubjectType.RESIDENT, null, null, null, "shop")).problems())
                .containsExactly(new SearchRequest.Problem("placeType", "search.problem.place-type-places-only"));
        for (String odd : List.of("\"", "\"王", "((", ")]}", "*", "?*", "~", "王*", "AND OR NOT", "\\", "'; DROP TABLE audit_event;--",
                "王".repeat(SearchRequest.MAX_TEXT))) {
            SearchOutcome outcome = search.search(supervisor, SearchRequest.of(odd));
            assertThat(outcome.problems()).as(odd).isEmpty();
            assertThat(outcome.rows()).as(odd).hasSizeLessThanOrEqualTo(RegistrySearch.MAX_RESULTS);
        }
        assertThat(search.search(accounts.find("worker01").orElseThrow(), SearchRequest.of("王")).rows()).isEmpty();
    }

    @Test
    void aSummaryRevealsNothingAndIsNotAuditedARevealIsAuditedAndScoped() {
        Account supervisor = accounts.find("supervisor1").orElseThrow();
        GoldenRecord mine = firstResidentIn(supervisor.areas().getFirst());
        GoldenRecord theirs = firstResidentIn(otherStreet(supervisor.areas().getFirst()));
        String id = mine.text("resident.id_number");
        long before = audit.latest(1).stream().mapToLong(AuditEvent::id).max().orElse(0);

        RecordSummary summary = summaries.summary(supervisor, mine.id().value(), Locale.SIMPLIFIED_CHINESE).orElseThrow();
        assertThat(summary.title()).isEqualTo(mine.text("resident.name"));
        assertThat(summary.revealable()).isTrue();
        assertThat(summary.lines()).extracting(RecordSummary.Line::value).doesNotContain(id, mine.text("resident.phone"))
                .anyMatch(v -> v.contains("********"));
        assertThat(summary.lines()).extracting(RecordSummary.Line::label).contains("公民身份号码", "姓名");
        assertThat(summaries.summary(supervisor, theirs.id().value(), Locale.SIMPLIFIED_CHINESE)).isEmpty();
        assertThat(summaries.summary(supervisor, "not an id at all \"(", Locale.SIMPLIFIED_CHINESE)).isEmpty();
        assertThat(newEvents(before)).as("a summary is not audited").isEmpty();

        assertThat(summaries.reveal(supervisor, mine.id().value(), "  ", "127.0.0.1", Locale.SIMPLIFIED_CHINESE)).isEmpty();
        assertThat(summaries.reveal(supervisor, theirs.id().value(), "核实身份", "127.0.0.1", Locale.SIMPLIFIED_CHINESE)).isEmpty();
        assertThat(newEvents(before)).as("refused reveals are not audited (nothing was shown)").isEmpty();

        var revealed = summaries.reveal(supervisor, mine.id().value(), "核实身份", "127.0.0.1", Locale.SIMPLIFIED_CHINESE).orElseThrow();
        assertThat(revealed.lines()).extracting(RecordSummary.Line::value).contains(id);
        List<AuditEvent> events = newEvents(before);
        assertThat(events).hasSize(1);
        assertThat(events.getFirst().actor()).isEqualTo("supervisor1");
        assertThat(events.getFirst().action()).isEqualTo(RecordSummaries.REVEAL);
        assertThat(events.getFirst().subject()).isEqualTo(mine.id().value());
        assertThat(events.getFirst().detail()).contains("resident.id_number").contains("核实身份").doesNotContain(id);
    }

    @Test
    void ageAndPlaceTypeFiltersHoldForEveryRowAndStayInsideTheScope() {
        Account supervisor = accounts.find("supervisor1").orElseThrow();
        AreaId ownStreet = supervisor.areas().getFirst();
        SearchOutcome elderly = search.search(supervisor, new SearchRequest("", null, null, 60, 70, null));
        assertThat(elderly.problems()).isEmpty();
        assertThat(elderly.rows()).isNotEmpty().allSatisfy(row -> {
            assertThat(row.type()).isEqualTo(SubjectType.RESIDENT);
            assertThat(row.age()).isBetween(60, 70);
            assertThat(gridOf(row).isWithin(ownStreet)).isTrue();
        });
        GoldenRecord mine = firstResidentIn(ownStreet);
        int age = RegistrySearch.age(mine.text("resident.birth_date"), search.today()).orElseThrow();
        String id = mine.text("resident.id_number");
        assertThat(search.search(supervisor, new SearchRequest(id, null, null, age, age, null)).rows())
                .extracting(SearchRow::id).containsExactly(mine.id().value());
        assertThat(search.search(supervisor, new SearchRequest(id, null, null, age + 1, null, null)).rows()).isEmpty();
        assertThat(search.search(supervisor, new SearchRequest("", null, otherStreet(ownStreet), 0, 150, null)).rows()).isEmpty();

        SearchOutcome shops = search.search(supervisor, new SearchRequest("", null, null, null, null, "restaurant"));
        assertThat(shops.rows()).isNotEmpty().allSatisfy(row -> {
            assertThat(row.type()).isEqualTo(SubjectType.PLACE);
            assertThat(row.detail()).isEqualTo("restaurant");
            assertThat(gridOf(row).isWithin(ownStreet)).isTrue();
        });
    }

    @Test
    void placesWithin500MetresNearestFirstInsideTheScope() {
        Account supervisor = accounts.find("supervisor1").orElseThrow();
        AreaId ownStreet = supervisor.areas().getFirst();
        List<GoldenRecord> places = areas.within(ownStreet, AreaLevel.GRID).stream()
                .flatMap(g -> registry.inGrid(g.id(), SubjectType.PLACE).stream()).toList();
        SearchOutcome near = places.stream().map(p -> search.nearby(supervisor, p.id().value()))
                .filter(o -> !o.rows().isEmpty()).findFirst().orElseThrow();
        assertThat(near.problems()).isEmpty();
        assertThat(near.rows()).allSatisfy(row -> {
            assertThat(row.type()).isEqualTo(SubjectType.PLACE);
            assertThat(row.distanceMeters()).isBetween(0.0, (double) RegistrySearch.NEAR_METERS);
            assertThat(gridOf(row).isWithin(ownStreet)).isTrue();
        });
        assertThat(near.rows()).extracting(SearchRow::distanceMeters).isSorted();

        GoldenRecord theirs = areas.within(otherStreet(ownStreet), AreaLevel.GRID).stream()
                .flatMap(g -> registry.inGrid(g.id(), SubjectType.PLACE).stream()).findFirst().orElseThrow();
        assertThat(search.nearby(supervisor, theirs.id().value()).problems())
                .containsExactly(new SearchRequest.Problem("text", "search.summary.gone"));
        assertThat(search.nearby(supervisor, firstResidentIn(ownStreet).id().value()).rows()).isEmpty();
        assertThat(search.nearby(supervisor, "\"((*").rows()).isEmpty();
        assertThat(search.nearby(accounts.find("admin").orElseThrow(), theirs.id().value()).problems()).isEmpty();
    }

    private List<AuditEvent> newEvents(long after) {
        return audit.latest(50).stream().filter(e -> e.id() > after).filter(e -> !e.action().startsWith("sign-in")).toList();
    }

    private static SearchRequest request(String text, AreaId area) {
        return new SearchRequest(text, null, area, null, null, null);
    }

    private AreaId gridOf(SearchRow row) {
        return registry.find(new org.oneform.sync.registry.SubjectId(row.id())).orElseThrow().grid();
    }

    private AreaId otherStreet(AreaId ownStreet) {
        return areas.ofLevel(AreaLevel.STREET).stream().map(Area::id).filter(id -> !id.equals(ownStreet)).findFirst().orElseThrow();
    }

    private AreaId districtOf(AreaId street) {
        return areas.get(street).parent();
    }

    private GoldenRecord firstResidentIn(AreaId scope) {
        return areas.within(scope, AreaLevel.GRID).stream()
                .flatMap(g -> registry.inGrid(g.id(), SubjectType.RESIDENT).stream())
                .filter(r -> !r.text("resident.phone").isEmpty() && !r.text("resident.id_number").isEmpty())
                .findFirst().orElseThrow();
    }
}
