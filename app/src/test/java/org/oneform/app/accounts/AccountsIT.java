package org.oneform.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.oneform.app.support.OneFormIntegrationTest;
import org.oneform.sync.area.AreaLevel;
import org.oneform.sync.area.Areas;
import org.springframework.beans.factory.annotation.Autowired;

/** Demo accounts: one per role and place, linked to the right areas and departments. */
class AccountsIT extends OneFormIntegrationTest {

    @Autowired
    Accounts accounts;
    @Autowired
    Areas areas;

    @Test
    void everyGridHasAWorkerAndEveryStreetASupervisor() {
        for (var grid : areas.ofLevel(AreaLevel.GRID)) {
            assertThat(accounts.inArea(grid.id(), Role.GRID_WORKER)).as("worker of %s", grid.name()).isNotEmpty();
        }
        for (var street : areas.ofLevel(AreaLevel.STREET)) {
            assertThat(accounts.inArea(street.id(), Role.SUPERVISOR)).as("supervisor of %s", street.name()).isNotEmpty();
        }
        assertThat(accounts.all()).filteredOn(a -> a.role() == Role.DEPARTMENT).hasSizeGreaterThanOrEqualTo(10)
                .allMatch(a -> a.department() != null);
        assertThat(accounts.find("admin")).map(Account::role).contains(Role.ADMIN);
    }

    @Test
    void theChosenLanguageIsRemembered() {
        accounts.rememberLocale("worker05", Locale.ENGLISH);
        assertThat(accounts.find("worker05").orElseThrow().locale()).isEqualTo(Locale.ENGLISH);
    }
}
