package org.oneform.app.search.ui;

import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.oneform.app.accounts.Account;
import org.oneform.app.search.RecordSummaries;
import org.oneform.app.search.RegistrySearch;
import org.oneform.app.search.SearchOutcome;
import org.oneform.app.search.SearchRequest;
import org.oneform.app.search.SearchRoutes;
import org.oneform.app.search.SearchRow;
import org.oneform.app.security.CurrentUser;
import org.oneform.app.shell.ViewPieces;
import org.oneform.forms.catalog.Choice;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.Area;
import org.oneform.sync.area.AreaLevel;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 检索: one box that understands names, pinyin and initials, ID numbers or their last four digits, phones
 * and addresses; filters for area (a supervisor only inside their street), subject type, age (residents)
 * and place type (places); masked results; a click opens the record's summary; on a place, the places within
 * 500 m, nearest first. Problems with the input are shown at the field, never as an error page.
 */
@Route(SearchRoutes.SEARCH)
@RolesAllowed({"ADMIN", "SUPERVISOR"})
class SearchView extends VerticalLayout implements HasDynamicTitle {

    private final RegistrySearch search;
    private final RecordSummaries summaries;
    private final Account account;

    private final TextField box = new TextField();
    private final ComboBox<Area> area = new ComboBox<>();
    private final Select<SubjectType> type = new Select<>();
    private final IntegerField minAge = new IntegerField();
    private final IntegerField maxAge = new IntegerField();
    private final ComboBox<Choice> placeType = new ComboBox<>();
    private final Paragraph summary = new Paragraph();
    private final Div nearBar = new Div();
    private final Grid<SearchRow> results = new Grid<>();
    private final Grid.Column<SearchRow> distanceColumn;
    private final Grid.Column<SearchRow> idColumn;

    SearchView(CurrentUser currentUser, RegistrySearch search, RecordSummaries summaries) {
        this.search = search;
        this.summaries = summaries;
        this.account = currentUser.require();
        addClassName("of-view");
        setMaxWidth("1280px");

        box.setId("search-text");
        box.setPlaceholder(getTranslation("search.placeholder"));
        box.setPrefixComponent(VaadinIcon.SEARCH.create());
        box.setClearButtonVisible(true);
        box.setWidthFull();
        box.setAriaLabel(getTranslation("search.heading"));
        box.addKeyPressListener(Key.ENTER, e -> run());
        var go = new Button(getTranslation("search.button"), e -> run());
        go.setId("search-run");
        go.addThemeVariants(ButtonVariant.PRIMARY);
        var row = new HorizontalLayout(box, go);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.expand(box);

        add(ViewPieces.homeTitle(getTranslation("search.screen.title")), row, filters(), nearBar, summary, results);

        summary.setId("search-summary");
        summary.addClassName("of-muted");
        summary.getStyle().set("margin", "0");
        nearBar.setId("search-near");
        nearBar.setVisible(false);

        results.setId("search-results");
        // fixed widths: auto widths are measured once, on the first rows shown, and then squeeze a later place's
        // type or push its "500 m" button out of view
        results.addColumn(r -> getTranslation("subject." + r.type().name())).setHeader(getTranslation("search.type"))
                .setWidth("4.5rem").setFlexGrow(0);
        results.addColumn(SearchRow::title).setHeader(getTranslation("search.title")).setWidth("6rem").setFlexGrow(2)
                .setTooltipGenerator(SearchRow::title);
        results.addColumn(this::detail).setHeader(getTranslation("search.detail")).setWidth("6rem").setFlexGrow(0)
                .setTooltipGenerator(this::detail);
        idColumn = results.addColumn(SearchRow::idNumberMasked).setHeader(getTranslation("resident.id-number")).setWidth("11rem").setFlexGrow(0);
        results.addColumn(SearchRow::phoneMasked).setHeader(getTranslation("resident.phone")).setWidth("7.5rem").setFlexGrow(0);
        results.addColumn(SearchRow::address).setHeader(getTranslation("household.address")).setWidth("8rem").setFlexGrow(3)
                .setTooltipGenerator(SearchRow::address);
        results.addColumn(r -> shortArea(r.area())).setHeader(getTranslation("search.area")).setWidth("8rem").setFlexGrow(3)
                .setTooltipGenerator(SearchRow::area);
        distanceColumn = results.addColumn(r -> r.distanceMeters() == null ? ""
                        : getTranslation("search.distance.value", Math.round(r.distanceMeters())))
                .setHeader(getTranslation("search.distance")).setWidth("5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        distanceColumn.setVisible(false);
        results.addComponentColumn(this::actions).setWidth("8.5rem").setFlexGrow(0);
        results.addItemClickListener(e -> RecordDialog.open(summaries, account, e.getItem().id()));
        results.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        results.setAllRowsVisible(true);
        results.setVisible(false);
    }

    private Component filters() {
        List<Area> choices = search.areaChoices(account);
        area.setId("search-area");
        area.setLabel(getTranslation("search.filter.area"));
        area.setItems(choices);
        area.setItemLabelGenerator(this::areaLabel);
        area.setPlaceholder(getTranslation("search.filter.area.all"));
        area.setClearButtonVisible(true);
        area.setWidth("20rem");

        type.setId("search-type");
        type.setLabel(getTranslation("search.filter.type"));
        type.setItems(SubjectType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("search.filter.type.all"));
        type.setItemLabelGenerator(t -> t == null ? getTranslation("search.filter.type.all") : getTranslation("subject." + t.name()));
        type.setWidth("8rem");

        for (IntegerField age : List.of(minAge, maxAge)) {
            age.setWidth("7rem");
            age.setClearButtonVisible(true);
            age.setManualValidation(true); // the server's rules decide (SearchRequest.problems), shown at the field
            age.addKeyPressListener(Key.ENTER, e -> run());
        }
        box.setManualValidation(true);
        placeType.setManualValidation(true);
        minAge.setId("search-min-age");
        minAge.setLabel(getTranslation("search.filter.min-age"));
        maxAge.setId("search-max-age");
        maxAge.setLabel(getTranslation("search.filter.max-age"));

        placeType.setId("search-place-type");
        placeType.setLabel(getTranslation("search.filter.place-type"));
        placeType.setItems(summaries.placeTypes());
        placeType.setItemLabelGenerator(c -> c.label(getLocale()));
        placeType.setClearButtonVisible(true);
        placeType.setWidth("11rem");

        type.addValueChangeListener(e -> adaptFilters());
        adaptFilters();
        var row = new HorizontalLayout(area, type, minAge, maxAge, placeType);
        row.setId("search-filters");
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    /** Age only for residents (or all), place type only for places (or all). */
    private void adaptFilters() {
        SubjectType t = type.getValue();
        boolean ages = t == null || t == SubjectType.RESIDENT;
        minAge.setEnabled(ages);
        maxAge.setEnabled(ages);
        placeType.setEnabled(t == null || t == SubjectType.PLACE);
        if (!ages) {
            minAge.clear();
            maxAge.clear();
        }
        if (!placeType.isEnabled()) {
            placeType.clear();
        }
    }

    /** A supervisor's own street is left out of a row's grid path: every row lies in it. */
    private String shortArea(String path) {
        List<String> own = ownStreets();
        return own.size() == 1 && path.startsWith(own.getFirst() + " › ") ? path.substring(own.getFirst().length() + 3) : path;
    }

    private List<String> ownStreets() {
        return account.role() == org.oneform.app.accounts.Role.SUPERVISOR
                ? account.areas().stream().map(search::areaName).toList() : List.of();
    }

    private String areaLabel(Area a) {
        String path = search.areaName(a.id());
        return a.level() == AreaLevel.DISTRICT || path.isEmpty() ? a.name() : path;
    }

    /** A resident's age, a household's size, a place's kind. */
    private String detail(SearchRow row) {
        return switch (row.type()) {
            case RESIDENT -> row.age() == null ? row.detail() : getTranslation("search.age.value", row.age());
            case HOUSEHOLD -> row.detail().isEmpty() ? "" : getTranslation("search.members", row.detail());
            case PLACE -> placeTypeLabel(row.detail());
        };
    }

    private String placeTypeLabel(String code) {
        return summaries.placeTypes().stream().filter(c -> c.code().equals(code)).findFirst()
                .map(c -> c.label(getLocale())).orElseGet(() -> getTranslation("place.type." + code));
    }

    private Component actions(SearchRow row) {
        if (row.type() != SubjectType.PLACE) {
            return new Span();
        }
        var near = new Button(getTranslation("search.near.button"), VaadinIcon.MAP_MARKER.create(), e -> near(row));
        near.setId("search-near-" + row.id());
        near.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        return near;
    }

    private void run() {
        clearProblems();
        nearBar.setVisible(false);
        distanceColumn.setVisible(false);
        var request = new SearchRequest(box.getValue(), type.getValue(), area.getValue() == null ? null : area.getValue().id(),
                minAge.getValue(), maxAge.getValue(), placeType.getValue() == null ? null : placeType.getValue().code());
        SearchOutcome outcome = search.search(account, request);
        if (!outcome.problems().isEmpty()) {
            Map<String, String> byField = outcome.problems().stream()
                    .collect(Collectors.toMap(SearchRequest.Problem::field, SearchRequest.Problem::messageKey, (a, b) -> a));
            byField.forEach((field, key) -> mark(field, getTranslation(key, SearchRequest.MAX_TEXT, SearchRequest.MAX_AGE)));
            show(List.of(), 0);
            summary.setText(byField.containsKey(SearchRequest.Problem.TEXT) && byField.size() == 1 && box.getValue().isBlank()
                    ? getTranslation("search.empty") : getTranslation("search.problem.summary"));
            return;
        }
        show(outcome.rows(), outcome.total());
    }

    private void near(SearchRow place) {
        SearchOutcome outcome = search.nearby(account, place.id());
        clearProblems();
        nearBar.removeAll();
        var back = new Button(getTranslation("search.near.back"), VaadinIcon.ARROW_LEFT.create(), e -> run());
        back.setId("search-near-back");
        back.addThemeVariants(ButtonVariant.TERTIARY);
        var what = new Span(getTranslation("search.near.title", place.title(), RegistrySearch.NEAR_METERS));
        what.setId("search-near-title");
        var bar = new HorizontalLayout(back, what);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        nearBar.add(bar);
        nearBar.setVisible(true);
        distanceColumn.setVisible(true);
        if (!outcome.problems().isEmpty()) {
            show(List.of(), 0);
            summary.setText(getTranslation(outcome.problems().getFirst().messageKey()));
            return;
        }
        show(outcome.rows(), outcome.total());
    }

    private void show(List<SearchRow> rows, long total) {
        results.setItems(rows);
        // only residents have ID numbers: without them the column would take room the addresses need
        idColumn.setVisible(rows.stream().anyMatch(r -> r.type() == SubjectType.RESIDENT));
        results.setVisible(!rows.isEmpty());
        String count = NumberFormat.getIntegerInstance(getLocale()).format(total)
                + (total >= org.oneform.sync.search.SearchResult.EXACT_COUNT_UP_TO ? "+" : "");
        summary.setText(rows.isEmpty() ? getTranslation("search.none")
                : total > rows.size() ? getTranslation("search.screen.count-capped", count, rows.size())
                : getTranslation("search.count", rows.size()));
    }

    private void mark(String field, String message) {
        com.vaadin.flow.component.HasValidation at = switch (field) {
            case SearchRequest.Problem.MIN_AGE -> minAge;
            case SearchRequest.Problem.MAX_AGE -> maxAge;
            case SearchRequest.Problem.PLACE_TYPE -> placeType;
            default -> box;
        };
        at.setErrorMessage(message);
        at.setInvalid(true);
    }

    private void clearProblems() {
        for (var f : List.<com.vaadin.flow.component.HasValidation>of(box, minAge, maxAge, placeType)) {
            f.setInvalid(false);
            f.setErrorMessage(null);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.screen.title") + " · " + getTranslation("app.name");
    }
}
