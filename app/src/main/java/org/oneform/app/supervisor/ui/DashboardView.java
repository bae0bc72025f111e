package org.oneform.app.supervisor.ui;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.oneform.app.accounts.Account;
import org.oneform.app.security.CurrentUser;
import org.oneform.app.shell.ViewPieces;
import org.oneform.app.supervisor.ActivityRow;
import org.oneform.app.supervisor.CompletionRow;
import org.oneform.app.supervisor.Dashboard;
import org.oneform.app.supervisor.ReviewDesk;
import org.oneform.app.supervisor.DashboardReport;
import org.oneform.sync.area.Area;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.cycle.Cycle;
import org.oneform.sync.cycle.CycleId;
import org.oneform.sync.cycle.Tally;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;

/**
 * The completion dashboard of one cycle in one street: totals, a chart per grid, tables by community,
 * grid and worker, overdue, worker activity, the subjects that left mid-cycle, drill-down to the
 * not-visited subjects of a grid, and the Excel export. Laid out in one column so it reads on a tablet.
 * Query parameters {@code cycle} and {@code street}; the server checks the street ({@link Dashboard}).
 */
@Route(SupervisorRoutes.DASHBOARD)
@RolesAllowed({"SUPERVISOR", "ADMIN"})
class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    /** Up to this many grids the chart has a bar per grid (a tablet screen or two); beyond, a bar per community. */
    static final int CHART_GRIDS = 40;
    /** Tables of up to this many rows show all their rows; longer ones are lazy, and the secondary ones fold. */
    static final int OPEN_ROWS = 50;

    private final Dashboard dashboard;
    private final ReviewDesk desk;
    private final Clock clock;
    private final Account me;
    private final Select<Cycle> cycle = new Select<>();
    private final Select<Area> street = new Select<>();
    private final Div body = new Div();

    DashboardView(CurrentUser currentUser, Dashboard dashboard, ReviewDesk desk, Clock clock) {
        this.dashboard = dashboard;
        this.desk = desk;
        this.clock = clock;
        this.me = currentUser.require();
        addClassName("of-view");
        cycle.setLabel(getTranslation("dashboard.cycle"));
        cycle.setId("dashboard-cycle");
        cycle.setItemLabelGenerator(c -> c.name() + "（" + c.start() + " ~ " + c.due() + "）");
        cycle.setWidth("min(100%, 30em)");
        street.setLabel(getTranslation("area.level.STREET"));
        street.setId("dashboard-street");
        street.setItemLabelGenerator(Area::name);
        var pickers = new HorizontalLayout(cycle, street);
        pickers.setWrap(true);
        body.setWidthFull();
        add(ViewPieces.homeTitle(getTranslation("dashboard.title")), pickers, body);
        cycle.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                go(e.getValue().id(), null);
            }
        });
        street.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && cycle.getValue() != null) {
                go(cycle.getValue().id(), e.getValue().id());
            }
        });
    }

    private void go(CycleId id, AreaId in) {
        var params = in == null ? QueryParameters.of("cycle", id.value())
                : QueryParameters.simple(java.util.Map.of("cycle", id.value(), "street", in.value()));
        getUI().ifPresent(ui -> ui.navigate(SupervisorRoutes.DASHBOARD, params));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        body.removeAll();
        List<Cycle> cycles = dashboard.cycles(me);
        cycle.setItems(cycles);
        if (cycles.isEmpty()) {
            var none = new Paragraph(getTranslation("dashboard.no-cycle"));
            none.setId("dashboard-empty");
            var define = new Anchor(SupervisorRoutes.CYCLES, getTranslation("cycle.new"));
            body.add(none, define);
            street.setVisible(false);
            return;
        }
        var query = event.getLocation().getQueryParameters();
        Cycle chosen = query.getSingleParameter("cycle")
                .flatMap(id -> cycles.stream().filter(c -> c.id().value().equals(id)).findFirst())
                .orElseGet(() -> current(cycles));
        cycle.setValue(chosen);
        List<Area> streets = dashboard.streets(me, chosen.id());
        street.setItems(streets);
        street.setVisible(streets.size() > 1);
        if (streets.isEmpty()) {
            body.add(new Paragraph(getTranslation("dashboard.no-street")));
            return;
        }
        Area in = query.getSingleParameter("street")
                .flatMap(id -> streets.stream().filter(s -> s.id().value().equals(id)).findFirst())
                .orElse(streets.getFirst());
        street.setValue(in);
        show(dashboard.report(me, chosen.id(), in.id()));
    }

    /** The running cycle that started last, else the newest. */
    private Cycle current(List<Cycle> cycles) {
        LocalDate today = LocalDate.now(clock);
        return cycles.stream().filter(c -> !today.isBefore(c.start()) && !today.isAfter(c.due())).findFirst()
                .orElse(cycles.getFirst());
    }

    private void show(DashboardReport report) {
        Cycle c = report.completion().cycle();
        Tally total = report.total();
        var stats = ViewPieces.stats(
                stat("expected", getTranslation("dashboard.expected"), total.total()),
                stat("done", getTranslation("status.DONE"), total.done()),
                stat("in-review", getTranslation("status.IN_REVIEW"), total.inReview()),
                stat("returned", getTranslation("status.RETURNED"), total.returned()),
                stat("not-visited", getTranslation("status.NOT_VISITED"), total.notVisited()),
                stat("overdue", getTranslation("dashboard.overdue"), total.overdue()),
                stat("percent", getTranslation("dashboard.done-percent-tile"), total.donePercent()),
                stat("added", getTranslation("dashboard.added"), report.completion().added()),
                stat("removed", getTranslation("dashboard.removed"), report.completion().removed().size()));
        body.add(deadline(c, total), stats, exportLink(c, report.street()));

        var chart = new CompletionChart();
        chart.setId("dashboard-chart");
        chart.setWidthFull();
        if (report.grids().size() > CHART_GRIDS) {
            // a street of many grids: one bar per grid would be a chart several screens tall; chart the communities,
            // the sortable table below carries every grid (docs/decisions/0033-dashboard-at-street-scale.md)
            chart.show(getTranslation("dashboard.chart-communities", report.grids().size()), report.communities(),
                    this::getTranslation);
            chart.getElement().setAttribute("data-bars", "communities");
        } else {
            // grids are numbered within their community (第1网格): the chart names both
            chart.show(getTranslation("dashboard.chart"), report.grids().stream()
                    .map(r -> new CompletionRow(r.key(), r.parent() + " " + r.label(), r.parent(), r.tally())).toList(),
                    this::getTranslation);
            chart.getElement().setAttribute("data-bars", "grids");
        }
        body.add(section("dashboard.by-grid", chart, gridTable(report)));
        body.add(section("dashboard.by-community", table("dashboard-communities", "area.level.COMMUNITY", report.communities())));
        body.add(folded("dashboard.by-worker", "dashboard-workers-section", report.workers().size(),
                () -> table("dashboard-workers", "role.GRID_WORKER", report.workers())));
        body.add(folded("dashboard.activity", "dashboard-activity-section", report.workers().size(),
                () -> activity(report.activity())));
        if (!report.completion().removed().isEmpty()) {
            body.add(section("dashboard.removed-list", removed(report)));
        }
    }

    private com.vaadin.flow.component.Component stat(String id, String label, Number value) {
        var tile = ViewPieces.stat(label, value);
        tile.setId("stat-" + id);
        return tile;
    }

    private Paragraph deadline(Cycle c, Tally total) {
        LocalDate today = LocalDate.now(clock);
        var line = new Paragraph();
        line.setId("dashboard-deadline");
        if (c.isOverdueOn(today)) {
            line.setText(getTranslation("dashboard.overdue-banner", c.due().toString(), total.overdue()));
            line.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        } else {
            line.setText(getTranslation("dashboard.days-left", ChronoUnit.DAYS.between(today, c.due()), c.due().toString()));
            line.addClassName("of-muted");
        }
        return line;
    }

    private Anchor exportLink(Cycle c, Area in) {
        Locale locale = getLocale();
        Function<String, String> t = key -> getTranslation(locale, key);
        String file = "completion-" + c.id().value() + "-" + in.id().value() + ".xlsx";
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = dashboard.export(me, c.id(), in.id(), t);
            return new DownloadResponse(new ByteArrayInputStream(bytes), file,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.length);
        }), "");
        var button = new Button(getTranslation("dashboard.export"), VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.PRIMARY);
        link.add(button);
        link.setId("dashboard-export");
        link.getElement().setAttribute("download", true);
        return link;
    }

    private Div section(String titleKey, com.vaadin.flow.component.Component... content) {
        var div = new Div(new H2(getTranslation(titleKey)));
        div.add(content);
        div.getStyle().set("margin-top", "var(--lumo-space-l)");
        return div;
    }

    /**
     * A section that folds: open with its table for a street of up to {@value #OPEN_ROWS} rows; closed for a larger one,
     * its table (and what it is computed from) built when the supervisor opens it — the completion chart and grid
     * table are what the screen must show at once (docs/decisions/0041-dashboard-report-cached-by-applied-sequence.md).
     */
    private Details folded(String titleKey, String id, int rows, java.util.function.Supplier<com.vaadin.flow.component.Component> table) {
        var details = new Details(new H2(getTranslation(titleKey)));
        details.setId(id);
        details.setWidthFull();
        details.getStyle().set("margin-top", "var(--lumo-space-l)");
        if (rows <= OPEN_ROWS) {
            details.add(table.get());
            details.setOpened(true);
        } else {
            details.addOpenedChangeListener(e -> {
                if (e.isOpened() && details.getContent().findAny().isEmpty()) {
                    details.add(table.get());
                }
            });
        }
        return details;
    }

    private Grid<CompletionRow> gridTable(DashboardReport report) {
        Grid<CompletionRow> grid = table("dashboard-grids", "area.level.GRID", report.grids());
        grid.addColumn(CompletionRow::parent).setHeader(getTranslation("area.level.COMMUNITY")).setSortable(true);
        // a template, not a component per row: at 200 grids a button component per fetched row made the first
        // response several times larger and the server build it (docs/decisions/0033-dashboard-at-street-scale.md)
        grid.addColumn(LitRenderer.<CompletionRow>of("""
                        <vaadin-button theme="tertiary small" data-grid="${item.key}" ?disabled="${item.open === 0}" @click="${drill}">\
                        <vaadin-icon icon="vaadin:search" slot="prefix"></vaadin-icon>${item.text}</vaadin-button>""")
                .withProperty("key", CompletionRow::key)
                .withProperty("open", row -> row.tally().notVisited())
                .withProperty("text", row -> getTranslation("dashboard.drill", row.tally().notVisited()))
                .withFunction("drill", row -> {
                    if (row.tally().notVisited() > 0) {
                        new NotVisitedDialog(dashboard, desk, me, report.completion().cycle(), new AreaId(row.key()),
                                row.parent() + " " + row.label()).open();
                    }
                })).setWidth("9rem").setFlexGrow(0);
        // fixed widths, not auto: an auto width makes the browser render and measure the first rows once more
        return grid;
    }

    private Grid<CompletionRow> table(String id, String firstKey, List<CompletionRow> rows) {
        var grid = new Grid<CompletionRow>();
        grid.setId(id);
        // frozen: on a tablet held upright the counts scroll sideways under the area's name
        grid.addColumn(r -> r.label().isEmpty() ? getTranslation("dashboard.unassigned") : r.label())
                .setHeader(getTranslation(firstKey)).setSortable(true).setWidth("8rem").setFlexGrow(1).setFrozen(true);
        number(grid, "dashboard.expected", r -> r.tally().total());
        number(grid, "status.DONE", r -> r.tally().done());
        number(grid, "status.IN_REVIEW", r -> r.tally().inReview());
        number(grid, "status.RETURNED", r -> r.tally().returned());
        number(grid, "status.NOT_VISITED", r -> r.tally().notVisited());
        number(grid, "dashboard.overdue", r -> r.tally().overdue());
        grid.addColumn(r -> r.tally().donePercent() + "%").setHeader(getTranslation("dashboard.done-percent"))
                .setTextAlign(ColumnTextAlign.END).setComparator(r -> r.tally().donePercent()).setWidth("5.5rem").setFlexGrow(0);
        grid.setItems(rows);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(rows.size() <= OPEN_ROWS);
        if (rows.size() > OPEN_ROWS) {
            grid.setHeight("min(36em, 75vh)"); // a street of many grids: a screenful of rows, not Vaadin's 400 px
        }
        return grid;
    }

    /** A narrow right-aligned count column, so a table of seven counts fits a tablet held upright. */
    private void number(Grid<CompletionRow> grid, String headerKey, java.util.function.ToIntFunction<CompletionRow> value) {
        // 10,000 and not 10000: the figures of a large street read like the tiles above
        grid.addColumn(r -> String.format(getLocale(), "%,d", value.applyAsInt(r))).setHeader(getTranslation(headerKey)).setTextAlign(ColumnTextAlign.END)
                .setComparator(r -> value.applyAsInt(r)).setWidth("5.5rem").setFlexGrow(0);
    }

    private Grid<ActivityRow> activity(List<ActivityRow> rows) {
        ZoneId zone = clock.getZone();
        var grid = new Grid<ActivityRow>();
        grid.setId("dashboard-activity");
        grid.addColumn(ActivityRow::name).setHeader(getTranslation("role.GRID_WORKER")).setAutoWidth(true);
        grid.addColumn(ActivityRow::grids).setHeader(getTranslation("dashboard.grid-workers")).setAutoWidth(true);
        grid.addColumn(r -> r.lastSync() == null ? "—" : TIME.format(r.lastSync().atZone(zone)))
                .setHeader(getTranslation("dashboard.last-sync"));
        grid.addColumn(r -> r.perDay().values().stream().map(String::valueOf).reduce((a, b) -> a + " · " + b).orElse(""))
                .setHeader(getTranslation("dashboard.per-day")).setAutoWidth(true);
        grid.addColumn(ActivityRow::total).setHeader(getTranslation("dashboard.total-7d")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> outbox(r.outbox())).setHeader(getTranslation("dashboard.outbox")).setAutoWidth(true)
                .setTooltipGenerator(r -> getTranslation(r.outbox().isPresent() ? "dashboard.outbox-hint" : "dashboard.outbox-none"));
        grid.setItems(rows);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        // a street of many workers: lazy like the tables above, instead of every row at once
        grid.setAllRowsVisible(rows.size() <= OPEN_ROWS);
        if (rows.size() > OPEN_ROWS) {
            grid.setHeight("min(36em, 75vh)");
        }
        return grid;
    }

    private String outbox(Optional<org.oneform.app.supervisor.DeviceOutbox.Report> report) {
        return report.map(r -> getTranslation("dashboard.outbox-value", r.pending(),
                TIME.format(r.reportedAt().atZone(clock.getZone())))).orElse("—");
    }

    private Grid<org.oneform.sync.cycle.RemovedSubject> removed(DashboardReport report) {
        var grid = new Grid<org.oneform.sync.cycle.RemovedSubject>();
        grid.setId("dashboard-removed");
        grid.addColumn(r -> r.id().value()).setHeader(getTranslation("dashboard.subject-id"));
        grid.addColumn(r -> getTranslation("subject." + r.type().name())).setHeader(getTranslation("dashboard.subject-type"));
        grid.addColumn(r -> r.fromGrid().value()).setHeader(getTranslation("dashboard.from-grid"));
        grid.addColumn(r -> r.toGrid().value()).setHeader(getTranslation("dashboard.to-grid"));
        grid.addColumn(r -> TIME.format(r.at().atZone(clock.getZone()))).setHeader(getTranslation("dashboard.moved-at"));
        grid.setItems(report.completion().removed());
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · " + getTranslation("app.name");
    }
}
