package org.oneform.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oneform.app.accounts.Account;
import org.oneform.app.accounts.Accounts;
import org.oneform.app.support.OneFormIntegrationTest;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.AreaLevel;
import org.oneform.sync.area.Areas;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.Registry;
import org.springframework.beans.factory.annotation.Autowired;

/** Search over the seeded demo city: area scope per role, masking, and the kinds of query. */
class RegistrySearchIT extends OneFormIntegrationTest {

    @Autowired
    RegistrySearch search;
    @Autowired
    Accounts accounts;
    @Autowired
    Areas areas;
    @Autowired
    Registry registry;

    @Test
    void aSupervisorFindsResidentsOfTheirStreetOnlyAndSeesThemMasked() {
        Account supervisor = accounts.find("supervisor1").orElseThrow();
        var ownStreet = supervisor.areas().getFirst();
        var otherStreet = areas.ofLevel(AreaLevel.STREET).stream().map(a -> a.id()).filter(id -> !id.equals(ownStreet)).findFirst().orElseThrow();
        GoldenRecord mine = firstResidentWithPhoneIn(ownStreet);
        GoldenRecord theirs = firstResidentWithPhoneIn(otherStreet);

        var found = search.search(supervisor, mine.text("resident.id_number"), null);
        assertThat(found).extracting(SearchRow::id).containsExactly(mine.id().value());
        assertThat(found.getFirst().idNumberMasked()).contains("********").doesNotContain(mine.text("resident.id_number").substring(6, 14));
        assertThat(found.getFirst().phoneMasked()).contains("****");

        assertThat(search.search(supervisor, theirs.text("resident.id_number"), null)).isEmpty();
        assertThat(search.search(supervisor, theirs.text("resident.phone"), null)).isEmpty();
        assertThat(search.search(accounts.find("admin").orElseThrow(), theirs.text("resident.id_number"), null))
                .extracting(SearchRow::id).containsExactly(theirs.id().value());
    }

    @Test
    void namesPhonesAndLastFourDigitsFindTheResident() {
        Account admin = accounts.find("admin").orElseThrow();
        GoldenRecord r = firstResidentWithPhoneIn(areas.ofLevel(AreaLevel.DISTRICT).getFirst().id());
        assertThat(search.search(admin, r.text("resident.phone"), null)).extracting(SearchRow::id).contains(r.id().value());
        assertThat(search.search(admin, r.text("resident.name"), SubjectType.RESIDENT)).extracting(SearchRow::title)
                .isNotEmpty().allMatch(t -> t.equals(r.text("resident.name")) || t.length() >= 2);
        String id = r.text("resident.id_number");
        assertThat(search.search(admin, r.text("resident.name") + " " + id.substring(id.length() - 4), null))
                .extracting(SearchRow::id).contains(r.id().value());
    }

    @Test
    void otherRolesAndBadInputGetNothingAndNoError() {
        assertThat(search.search(accounts.find("worker01").orElseThrow(), "王", null)).isEmpty();
        assertThat(search.search(accounts.find("civil-affairs").orElseThrow(), "王", null)).isEmpty();
        Account admin = accounts.find("admin").orElseThrow();
        for (String bad : new String[] {"", "   ", "\"", "(((", "*", "?", "AND", "\\", "王".repeat(10_000)}) {
            assertThat(search.search(admin, bad, null)).hasSizeLessThanOrEqualTo(RegistrySearch.MAX_RESULTS);
        }
    }

    private GoldenRecord firstResidentWithPhoneIn(org.oneform.sync.area.AreaId scope) {
        return areas.within(scope, AreaLevel.GRID).stream()
                .flatMap(g -> registry.inGrid(g.id(), SubjectType.RESIDENT).stream())
                .filter(r -> !r.text("resident.phone").isEmpty())
                .findFirst().orElseThrow();
    }
}
