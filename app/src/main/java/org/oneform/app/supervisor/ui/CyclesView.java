package org.oneform.app.supervisor.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.oneform.app.accounts.Account;
import org.oneform.app.security.CurrentUser;
import org.oneform.app.shell.ViewPieces;
import org.oneform.app.supervisor.Dashboard;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.Area;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.area.Areas;
import org.oneform.sync.cycle.Cycle;
import org.oneform.sync.cycle.CycleDraft;
import org.oneform.sync.cycle.CycleProblem;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Collection cycles: the list, and a form to define one. A supervisor sees and picks only areas of their
 * street; the server checks it again ({@link Dashboard#define}).
 */
@Route(SupervisorRoutes.CYCLES)
@RolesAllowed({"SUPERVISOR", "ADMIN"})
class CyclesView extends VerticalLayout implements HasDynamicTitle {

    private final Dashboard dashboard;
    private final Account me;
    private final Areas areas;
    private final Clock clock;
    private final Grid<Cycle> list = new Grid<>();
    private final TextField name = new TextField();
    private final CheckboxGroup<SubjectType> types = new CheckboxGroup<>();
    private final MultiSelectComboBox<Area> scope = new MultiSelectComboBox<>();
    private final DatePicker start = new DatePicker();
    private final DatePicker due = new DatePicker();

    CyclesView(CurrentUser currentUser, Dashboard dashboard, Areas areas, Clock clock) {
        this.dashboard = dashboard;
        this.clock = clock;
        this.areas = areas;
        this.me = currentUser.require();
        addClassName("of-view");
        add(ViewPieces.homeTitle(getTranslation("cycle.title")));
        var intro = new Paragraph(getTranslation("cycle.intro"));
        intro.addClassName("of-muted");
        add(intro, form(), listSection());
        refresh();
    }

    private Div form() {
        name.setLabel(getTranslation("cycle.name"));
        name.setId("cycle-name");
        name.setPlaceholder(getTranslation("cycle.name.placeholder"));
        types.setLabel(getTranslation("cycle.types"));
        types.setId("cycle-types");
        types.setItems(SubjectType.HOUSEHOLD, SubjectType.RESIDENT, SubjectType.PLACE);
        types.setItemLabelGenerator(t -> getTranslation("subject." + t.name()));
        scope.setLabel(getTranslation("cycle.areas"));
        scope.setId("cycle-areas");
        List<Area> definable = dashboard.definableAreas(me);
        Map<AreaId, String> paths = definable.stream().collect(Collectors.toMap(Area::id, this::path));
        scope.setItems(definable);
        scope.setItemLabelGenerator(a -> paths.get(a.id()));
        scope.setAutoExpand(MultiSelectComboBox.AutoExpandMode.BOTH);
        resetScope();
        start.setLabel(getTranslation("cycle.start"));
        start.setId("cycle-start");
        due.setLabel(getTranslation("cycle.due"));
        due.setId("cycle-due");
        start.setValue(LocalDate.now(clock));
        due.setValue(LocalDate.now(clock).plusDays(14));
        var create = new Button(getTranslation("cycle.create"), VaadinIcon.PLUS.create(), e -> create());
        create.setId("cycle-create");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        var layout = new FormLayout(name, types, scope, start, due);
        layout.setColspan(scope, 2);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        var box = new Div(new H2(getTranslation("cycle.new")), layout, create);
        box.addClassName("of-panel");
        return box;
    }

    /** A supervisor's own street is the usual choice: chosen already; an admin starts with nothing. */
    private void resetScope() {
        List<Area> streets = scope.getListDataView().getItems()
                .filter(a -> a.level() == org.oneform.sync.area.AreaLevel.STREET && me.areas().contains(a.id())).toList();
        scope.setValue(new java.util.LinkedHashSet<>(streets));
    }

    private String path(Area area) {
        List<Area> path = areas.path(area.id());
        return path.stream().skip(1).map(Area::name).collect(Collectors.joining(" › "));
    }

    private void create() {
        clearErrors();
        var draft = new CycleDraft(name.getValue(), types.getValue(),
                new ArrayList<>(scope.getValue().stream().map(Area::id).toList()), start.getValue(), due.getValue());
        try {
            Cycle cycle = dashboard.define(me, draft);
            Notification.show(getTranslation("cycle.created", cycle.name()), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            name.clear();
            resetScope();
            refresh();
        } catch (CycleProblem p) {
            String message = getTranslation("cycle.problem." + p.reason().name(), p.arguments().toArray());
            switch (p.field()) {
                case "name" -> invalid(name, message);
                case "types" -> {
                    types.setErrorMessage(message);
                    types.setInvalid(true);
                }
                case "areas" -> {
                    scope.setErrorMessage(message);
                    scope.setInvalid(true);
                }
                case "start" -> {
                    start.setErrorMessage(message);
                    start.setInvalid(true);
                }
                default -> {
                    due.setErrorMessage(message);
                    due.setInvalid(true);
                }
            }
            var n = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            n.setId("cycle-problem");
        }
    }

    private static void invalid(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void clearErrors() {
        name.setInvalid(false);
        types.setInvalid(false);
        scope.setInvalid(false);
        start.setInvalid(false);
        due.setInvalid(false);
    }

    private Div listSection() {
        list.setId("cycles");
        list.addColumn(Cycle::name).setHeader(getTranslation("cycle.name")).setAutoWidth(true);
        list.addColumn(c -> c.types().stream().map(t -> getTranslation("subject." + t.name())).collect(Collectors.joining("、")))
                .setHeader(getTranslation("cycle.types"));
        list.addColumn(c -> c.areas().stream().map(a -> areas.find(a).map(Area::name).orElse(a.value()))
                .collect(Collectors.joining("、"))).setHeader(getTranslation("cycle.areas"));
        list.addColumn(c -> c.start() + " ~ " + c.due()).setHeader(getTranslation("cycle.dates")).setAutoWidth(true);
        list.addColumn(c -> getTranslation("cycle.state." + state(c))).setHeader(getTranslation("cycle.state"));
        list.addComponentColumn(c -> {
            var open = new Button(getTranslation("cycle.open-dashboard"), VaadinIcon.BAR_CHART.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(SupervisorRoutes.DASHBOARD,
                            QueryParameters.of("cycle", c.id().value()))));
            open.addThemeVariants(ButtonVariant.TERTIARY);
            return open;
        });
        list.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        list.setAllRowsVisible(true);
        list.setEmptyStateText(getTranslation("cycle.none"));
        var section = new Div(new H2(getTranslation("cycle.list")), list);
        section.setWidthFull();
        return section;
    }

    private String state(Cycle c) {
        LocalDate today = LocalDate.now(clock);
        return today.isBefore(c.start()) ? "upcoming" : today.isAfter(c.due()) ? "ended" : "running";
    }

    private void refresh() {
        list.setItems(dashboard.cycles(me));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cycle.title") + " · " + getTranslation("app.name");
    }
}
