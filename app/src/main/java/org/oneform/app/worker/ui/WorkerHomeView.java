package org.oneform.app.worker.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.oneform.app.privacy.Masking;
import org.oneform.app.security.CurrentUser;
import org.oneform.app.shell.HomeRoutes;
import org.oneform.app.shell.ViewPieces;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.Area;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.area.Areas;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.Registry;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The grid worker's home: one of their grids at a time, its households (with members on tap) and
 * places. ID numbers and phones are masked on the server.
 */
@Route(HomeRoutes.GRID_WORKER)
@RolesAllowed("GRID_WORKER")
class WorkerHomeView extends VerticalLayout implements HasDynamicTitle {

    private final Areas areas;
    private final Registry registry;
    private final VerticalLayout content = new VerticalLayout();

    WorkerHomeView(CurrentUser currentUser, Areas areas, Registry registry) {
        this.areas = areas;
        this.registry = registry;
        addClassName("of-view");
        content.setPadding(false);
        List<AreaId> grids = currentUser.require().areas();
        var picker = new Select<AreaId>();
        picker.setId("grid-picker");
        picker.setLabel(getTranslation("area.level.GRID"));
        picker.setItems(grids);
        picker.setItemLabelGenerator(id -> areas.find(id).map(Area::name).orElse(id.value()));
        picker.addValueChangeListener(e -> show(e.getValue()));
        // the collector is client-side and works offline; this page is the online overview
        var collect = new Anchor("/collect", getTranslation("home.worker.open-collector"));
        collect.setId("open-collector");
        collect.setRouterIgnore(true);
        collect.getElement().setAttribute("theme", "primary");
        collect.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
        add(ViewPieces.homeTitle(getTranslation("home.worker.title")), collect,
                new Paragraph(getTranslation("home.worker.collector-hint")), picker, content);
        if (!grids.isEmpty()) {
            picker.setValue(grids.getFirst());
        }
        picker.setVisible(grids.size() > 1);
    }

    private void show(AreaId grid) {
        content.removeAll();
        if (grid == null) {
            return;
        }
        var path = new Paragraph(areas.path(grid).stream().map(Area::name).collect(Collectors.joining(" › ")));
        path.setId("scope-path");
        path.addClassName("of-muted");
        Map<SubjectType, Integer> counts = registry.counts(grid);
        var tabs = new TabSheet();
        tabs.add(getTranslation("subject.HOUSEHOLD"), households(grid));
        tabs.add(getTranslation("subject.PLACE"), places(grid));
        tabs.setWidthFull();
        content.add(path, ViewPieces.stats(
                ViewPieces.stat(getTranslation("count.HOUSEHOLD"), counts.get(SubjectType.HOUSEHOLD)),
                ViewPieces.stat(getTranslation("count.RESIDENT"), counts.get(SubjectType.RESIDENT)),
                ViewPieces.stat(getTranslation("count.PLACE"), counts.get(SubjectType.PLACE))), tabs);
    }

    private Grid<GoldenRecord> households(AreaId grid) {
        Map<String, List<GoldenRecord>> members = registry.inGrid(grid, SubjectType.RESIDENT).stream()
                .collect(Collectors.groupingBy(r -> r.text("resident.household_id")));
        var table = new Grid<GoldenRecord>();
        table.setId("households");
        table.addColumn(h -> h.text("household.address")).setHeader(getTranslation("household.address")).setFlexGrow(3);
        table.addColumn(h -> h.text("household.head_name")).setHeader(getTranslation("household.head"));
        table.addColumn(h -> members.getOrDefault(h.id().value(), List.of()).size()).setHeader(getTranslation("household.members"));
        table.setItemDetailsRenderer(new ComponentRenderer<>(h -> residents(members.getOrDefault(h.id().value(), List.of()))));
        table.setItems(registry.inGrid(grid, SubjectType.HOUSEHOLD));
        table.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        table.setHeight("max(20rem, calc(100vh - 24rem))");
        return table;
    }

    private Grid<GoldenRecord> residents(List<GoldenRecord> members) {
        var table = new Grid<GoldenRecord>();
        table.addColumn(r -> r.text("resident.name")).setHeader(getTranslation("resident.name"));
        table.addColumn(r -> getTranslation("relation." + r.text("resident.relation_to_head"))).setHeader(getTranslation("resident.relation"));
        table.addColumn(r -> getTranslation("gender." + r.text("resident.gender"))).setHeader(getTranslation("resident.gender"));
        table.addColumn(r -> r.text("resident.birth_date")).setHeader(getTranslation("resident.birth-date"));
        table.addColumn(r -> Masking.idNumber(r.text("resident.id_number"))).setHeader(getTranslation("resident.id-number"));
        table.addColumn(r -> Masking.phone(r.text("resident.phone"))).setHeader(getTranslation("resident.phone"));
        table.setItems(members);
        table.setAllRowsVisible(true);
        return table;
    }

    private Grid<GoldenRecord> places(AreaId grid) {
        var table = new Grid<GoldenRecord>();
        table.setId("places");
        table.addColumn(p -> p.text("place.name")).setHeader(getTranslation("place.name")).setFlexGrow(2);
        table.addColumn(p -> getTranslation("place.type." + p.text("place.type"))).setHeader(getTranslation("place.type"));
        table.addColumn(p -> p.text("place.address")).setHeader(getTranslation("place.address")).setFlexGrow(2);
        table.addColumn(p -> Masking.phone(p.text("place.contact_phone"))).setHeader(getTranslation("place.contact-phone"));
        table.setItems(registry.inGrid(grid, SubjectType.PLACE));
        table.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        table.setHeight("max(20rem, calc(100vh - 24rem))");
        return table;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.worker.title") + " · " + getTranslation("app.name");
    }
}
