package org.oneform.app.admin.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.oneform.app.accounts.Account;
import org.oneform.app.accounts.Accounts;
import org.oneform.app.audit.AuditEvent;
import org.oneform.app.audit.AuditLog;
import org.oneform.app.shell.HomeRoutes;
import org.oneform.app.shell.ViewPieces;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.department.DepartmentDirectory;
import org.oneform.sync.area.Area;
import org.oneform.sync.area.AreaLevel;
import org.oneform.sync.area.Areas;
import org.oneform.sync.registry.Registry;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The administrator's home: the city at a glance, its area tree, accounts and the audit log. */
@Route(HomeRoutes.ADMIN)
@RolesAllowed("ADMIN")
class AdminHomeView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    AdminHomeView(Areas areas, Registry registry, Accounts accounts, DepartmentDirectory departments, AuditLog audit) {
        addClassName("of-view");
        Map<SubjectType, Integer> counts = areas.ofLevel(AreaLevel.DISTRICT).stream().findFirst()
                .map(d -> registry.counts(d.id())).orElse(Map.of());
        add(ViewPieces.homeTitle(getTranslation("home.admin.title")),
                ViewPieces.stats(
                        ViewPieces.stat(getTranslation("count.STREET"), areas.ofLevel(AreaLevel.STREET).size()),
                        ViewPieces.stat(getTranslation("count.COMMUNITY"), areas.ofLevel(AreaLevel.COMMUNITY).size()),
                        ViewPieces.stat(getTranslation("count.GRID"), areas.ofLevel(AreaLevel.GRID).size()),
                        ViewPieces.stat(getTranslation("count.HOUSEHOLD"), counts.getOrDefault(SubjectType.HOUSEHOLD, 0)),
                        ViewPieces.stat(getTranslation("count.RESIDENT"), counts.getOrDefault(SubjectType.RESIDENT, 0)),
                        ViewPieces.stat(getTranslation("count.PLACE"), counts.getOrDefault(SubjectType.PLACE, 0)),
                        ViewPieces.stat(getTranslation("admin.departments"), departments.all().size()),
                        ViewPieces.stat(getTranslation("admin.accounts"), accounts.all().size())));

        var tabs = new TabSheet();
        tabs.add(getTranslation("admin.tab.areas"), areaTree(areas, registry));
        tabs.add(getTranslation("admin.tab.accounts"), accountGrid(accounts, departments));
        tabs.add(getTranslation("admin.tab.audit"), auditGrid(audit));
        tabs.setWidthFull();
        add(tabs);
    }

    private TreeGrid<Area> areaTree(Areas areas, Registry registry) {
        var tree = new TreeGrid<Area>();
        tree.addHierarchyColumn(Area::name).setHeader(getTranslation("area.name")).setFlexGrow(3);
        tree.addColumn(a -> getTranslation("area.level." + a.level().name())).setHeader(getTranslation("area.level"));
        tree.addColumn(a -> registry.counts(a.id()).get(SubjectType.HOUSEHOLD)).setHeader(getTranslation("subject.HOUSEHOLD"));
        tree.addColumn(a -> registry.counts(a.id()).get(SubjectType.RESIDENT)).setHeader(getTranslation("subject.RESIDENT"));
        tree.addColumn(a -> registry.counts(a.id()).get(SubjectType.PLACE)).setHeader(getTranslation("subject.PLACE"));
        tree.setItems(areas.ofLevel(AreaLevel.DISTRICT), a -> areas.children(a.id()));
        areas.ofLevel(AreaLevel.DISTRICT).forEach(d -> tree.expand(d));
        tree.setAllRowsVisible(true);
        return tree;
    }

    private Grid<Account> accountGrid(Accounts accounts, DepartmentDirectory departments) {
        var grid = new Grid<Account>();
        grid.addColumn(Account::username).setHeader(getTranslation("account.username")).setSortable(true);
        grid.addColumn(Account::displayName).setHeader(getTranslation("account.display-name"));
        grid.addColumn(a -> getTranslation("role." + a.role().name())).setHeader(getTranslation("account.role")).setSortable(true);
        grid.addColumn(a -> a.department() == null ? a.areas().stream().map(Object::toString).reduce((x, y) -> x + ", " + y).orElse("")
                : departments.find(a.department()).map(d -> d.name(getLocale())).orElse(a.department().value()))
                .setHeader(getTranslation("account.scope"));
        grid.setItems(accounts.all());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("32rem");
        return grid;
    }

    private VerticalLayout auditGrid(AuditLog audit) {
        var grid = new Grid<AuditEvent>();
        grid.addColumn(e -> TIME.format(e.occurredAt())).setHeader(getTranslation("audit.time"));
        grid.addColumn(AuditEvent::actor).setHeader(getTranslation("audit.actor"));
        grid.addColumn(e -> getTranslation("audit.action." + e.action())).setHeader(getTranslation("audit.action"));
        grid.addColumn(AuditEvent::remoteAddress).setHeader(getTranslation("audit.address"));
        grid.setItems(audit.latest(200));
        grid.setHeight("32rem");
        var layout = new VerticalLayout(new H2(getTranslation("admin.audit.latest")), grid);
        layout.setPadding(false);
        return layout;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.admin.title") + " · " + getTranslation("app.name");
    }
}
