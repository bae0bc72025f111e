package org.oneform.app.feeds.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.oneform.forms.catalog.Catalog;
import org.oneform.forms.catalog.FieldDefinition;
import org.oneform.forms.department.Department;
import org.oneform.forms.department.DepartmentDirectory;
import org.oneform.sync.feeds.DeliveryStore;
import org.oneform.sync.feeds.DeliveryStore.LedgerRow;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The delivery ledger for admins: which department received which fields of which subject, when, for which
 * purpose — filtered by department, subject id and field ("which departments hold this resident's phone?").
 */
@Route("deliveries")
@RolesAllowed("ADMIN")
class DeliveryLedgerView extends VerticalLayout implements HasDynamicTitle {

    private static final int LIMIT = 500;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final DeliveryStore deliveries;
    private final DepartmentDirectory departments;
    private final Catalog catalog;
    private final ComboBox<Department> department = new ComboBox<>();
    private final TextField subject = new TextField();
    private final ComboBox<FieldDefinition> field = new ComboBox<>();
    private final Grid<LedgerRow> grid = new Grid<>();
    private final Span count = new Span();

    DeliveryLedgerView(DeliveryStore deliveries, DepartmentDirectory departments, Catalog catalog) {
        this.deliveries = deliveries;
        this.departments = departments;
        this.catalog = catalog;
        addClassName("of-view");
        var title = new H1(getTranslation("ledger.title"));
        title.setId("ledger-title");

        department.setLabel(getTranslation("ledger.department"));
        department.setItems(departments.all());
        department.setItemLabelGenerator(d -> d.name(getLocale()));
        department.setClearButtonVisible(true);
        department.setId("ledger-department");
        subject.setLabel(getTranslation("ledger.subject"));
        subject.setPlaceholder("R00001234");
        subject.setClearButtonVisible(true);
        subject.setId("ledger-subject");
        field.setLabel(getTranslation("ledger.field"));
        field.setItems(catalog.all());
        field.setItemLabelGenerator(f -> f.label(getLocale()) + " · " + f.id());
        field.setClearButtonVisible(true);
        field.setId("ledger-field");
        var search = new Button(getTranslation("ledger.search"), e -> refresh());
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.setId("ledger-search");
        var filters = new HorizontalLayout(department, subject, field, search);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("ledger-grid");
        grid.addColumn(r -> TIME.format(r.deliveredAt())).setHeader(getTranslation("ledger.delivered-at")).setAutoWidth(true);
        grid.addColumn(r -> departments.find(r.department()).map(d -> d.name(getLocale())).orElse(r.department().value()))
                .setHeader(getTranslation("ledger.department")).setAutoWidth(true);
        grid.addColumn(LedgerRow::subjectId).setHeader(getTranslation("ledger.subject")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("ledger.change." + r.change().name())).setHeader(getTranslation("ledger.change"))
                .setAutoWidth(true);
        // long lists are cut in the cell; the tooltip shows all of it
        grid.addColumn(r -> labels(r.fields())).setHeader(getTranslation("ledger.fields")).setFlexGrow(1)
                .setTooltipGenerator(r -> labels(r.fields()));
        grid.addColumn(r -> String.join("；", r.purposes())).setHeader(getTranslation("ledger.purposes")).setFlexGrow(1)
                .setTooltipGenerator(r -> String.join("\n", r.purposes()));
        grid.setHeight("60vh");
        count.setId("ledger-count");
        add(title, new Paragraph(getTranslation("ledger.intro")), filters, count, grid);
        refresh();
    }

    private void refresh() {
        List<LedgerRow> rows = deliveries.ledger(department.getOptionalValue().map(Department::code).orElse(null),
                subject.getValue(), field.getOptionalValue().map(FieldDefinition::id).orElse(null), LIMIT);
        grid.setItems(rows);
        count.setText(rows.size() < LIMIT ? getTranslation("ledger.count", rows.size())
                : getTranslation("ledger.count-capped", LIMIT));
    }

    private String labels(List<String> fieldIds) {
        return fieldIds.stream().map(id -> catalog.find(id).map(f -> f.label(getLocale())).orElse(id))
                .collect(Collectors.joining("、"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ledger.title") + " · " + getTranslation("app.name");
    }
}
