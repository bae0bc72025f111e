package org.oneform.app.supervisor.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.oneform.app.accounts.Account;
import org.oneform.app.accounts.Accounts;
import org.oneform.app.accounts.Role;
import org.oneform.app.search.RegistrySearch;
import org.oneform.app.search.SearchPanel;
import org.oneform.app.security.CurrentUser;
import org.oneform.app.shell.HomeRoutes;
import org.oneform.app.shell.ViewPieces;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.Area;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.area.AreaLevel;
import org.oneform.sync.area.Areas;
import org.oneform.sync.registry.Registry;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The supervisor's home: their street only (area scope), grid by grid. */
@Route(HomeRoutes.SUPERVISOR)
@RolesAllowed("SUPERVISOR")
class SupervisorHomeView extends VerticalLayout implements HasDynamicTitle {

    SupervisorHomeView(CurrentUser currentUser, Areas areas, Registry registry, Accounts accounts, RegistrySearch search) {
        addClassName("of-view");
        Account me = currentUser.require();
        // search first: finding a resident or a place is what a supervisor does most
        add(ViewPieces.homeTitle(getTranslation("home.supervisor.title")), new SearchPanel(search, me));
        for (AreaId street : me.areas()) {
            String path = areas.path(street).stream().map(Area::name).collect(Collectors.joining(" › "));
            var where = new Paragraph(path);
            where.setId("scope-path");
            where.addClassName("of-muted");
            Map<SubjectType, Integer> counts = registry.counts(street);
            List<GridRow> rows = areas.within(street, AreaLevel.GRID).stream().map(g -> row(g, areas, registry, accounts)).toList();
            add(where, ViewPieces.stats(
                    ViewPieces.stat(getTranslation("count.COMMUNITY"), areas.within(street, AreaLevel.COMMUNITY).size()),
                    ViewPieces.stat(getTranslation("count.GRID"), rows.size()),
                    ViewPieces.stat(getTranslation("count.HOUSEHOLD"), counts.get(SubjectType.HOUSEHOLD)),
                    ViewPieces.stat(getTranslation("count.RESIDENT"), counts.get(SubjectType.RESIDENT)),
                    ViewPieces.stat(getTranslation("count.PLACE"), counts.get(SubjectType.PLACE))),
                    grid(rows));
        }
    }

    private GridRow row(Area grid, Areas areas, Registry registry, Accounts accounts) {
        Map<SubjectType, Integer> counts = registry.counts(grid.id());
        String workers = accounts.inArea(grid.id(), Role.GRID_WORKER).stream().map(Account::displayName).collect(Collectors.joining("、"));
        return new GridRow(areas.get(grid.parent()).name(), grid.name(), counts.get(SubjectType.HOUSEHOLD),
                counts.get(SubjectType.RESIDENT), counts.get(SubjectType.PLACE), workers);
    }

    private Grid<GridRow> grid(List<GridRow> rows) {
        var grid = new Grid<GridRow>();
        grid.addColumn(GridRow::community).setHeader(getTranslation("area.level.COMMUNITY")).setSortable(true);
        grid.addColumn(GridRow::grid).setHeader(getTranslation("area.level.GRID"));
        grid.addColumn(GridRow::households).setHeader(getTranslation("subject.HOUSEHOLD")).setSortable(true);
        grid.addColumn(GridRow::residents).setHeader(getTranslation("subject.RESIDENT")).setSortable(true);
        grid.addColumn(GridRow::places).setHeader(getTranslation("subject.PLACE")).setSortable(true);
        grid.addColumn(GridRow::workers).setHeader(getTranslation("role.GRID_WORKER"));
        grid.setItems(rows);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.supervisor.title") + " · " + getTranslation("app.name");
    }
}
