package org.oneform.app.departments.ui;

import java.util.Map;

import org.oneform.app.accounts.Account;
import org.oneform.app.accounts.Accounts;
import org.oneform.app.accounts.Role;
import org.oneform.app.feeds.DepartmentTokens;
import org.oneform.app.feeds.FeedPanel;
import org.oneform.app.security.CurrentUser;
import org.oneform.app.shell.HomeRoutes;
import org.oneform.app.shell.ViewPieces;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.department.Department;
import org.oneform.forms.department.DepartmentDirectory;
import org.oneform.sync.area.AreaLevel;
import org.oneform.sync.area.Areas;
import org.oneform.sync.feeds.FeedActivity;
import org.oneform.sync.registry.Registry;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * A department's home: the department, the size of the registry it can request from, its data feed (deliveries
 * and API tokens) and its staff.
 */
@Route(HomeRoutes.DEPARTMENT)
@RolesAllowed("DEPARTMENT")
class DepartmentHomeView extends VerticalLayout implements HasDynamicTitle {

    DepartmentHomeView(CurrentUser currentUser, DepartmentDirectory departments, Accounts accounts,
                       Areas areas, Registry registry, DepartmentTokens tokens, FeedActivity activity) {
        addClassName("of-view");
        Account me = currentUser.require();
        Department department = departments.find(me.department())
                .orElseThrow(() -> new IllegalStateException("unknown department " + me.department()));
        var name = new H2(department.name(getLocale()));
        name.setId("department-name");
        Map<SubjectType, Integer> counts = areas.ofLevel(AreaLevel.DISTRICT).stream().findFirst()
                .map(d -> registry.counts(d.id())).orElse(Map.of());
        var staff = new Grid<Account>();
        staff.addColumn(Account::displayName).setHeader(getTranslation("account.display-name"));
        staff.addColumn(Account::username).setHeader(getTranslation("account.username"));
        staff.setItems(accounts.all().stream()
                .filter(a -> a.role() == Role.DEPARTMENT && department.code().equals(a.department())).toList());
        staff.setAllRowsVisible(true);
        add(ViewPieces.homeTitle(getTranslation("home.department.title")), name,
                new Paragraph(getTranslation("department.registry-intro")),
                ViewPieces.stats(
                        ViewPieces.stat(getTranslation("count.HOUSEHOLD"), counts.getOrDefault(SubjectType.HOUSEHOLD, 0)),
                        ViewPieces.stat(getTranslation("count.RESIDENT"), counts.getOrDefault(SubjectType.RESIDENT, 0)),
                        ViewPieces.stat(getTranslation("count.PLACE"), counts.getOrDefault(SubjectType.PLACE, 0))),
                new FeedPanel(department.code(), me.username(), tokens, activity),
                new H2(getTranslation("department.staff")), staff);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.department.title") + " · " + getTranslation("app.name");
    }
}
