package org.oneform.app.catalog.ui;

import java.util.List;
import java.util.Locale;

import org.oneform.app.catalog.CatalogTexts;
import org.oneform.app.catalog.FieldDetails;
import org.oneform.app.shell.ViewPieces;
import org.oneform.forms.catalog.Catalog;
import org.oneform.forms.catalog.FieldDefinition;
import org.oneform.forms.catalog.SubjectType;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The field catalog (字段目录): every canonical field, searchable by id and by Chinese or English label,
 * filtered by subject type and section, with one field's full definition beside the list.
 */
@Route("catalog")
@RolesAllowed({"ADMIN", "DEPARTMENT"})
class CatalogView extends VerticalLayout implements HasDynamicTitle {

    private final List<FieldDefinition> fields;
    private final Grid<FieldDefinition> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<SubjectType> subject = new Select<>();
    private final ComboBox<String> section = new ComboBox<>();
    private final Span count = new Span();

    CatalogView(Catalog catalog) {
        addClassName("of-view");
        setHeightFull();
        fields = catalog.all();

        search.setId("catalog-search");
        search.setPlaceholder(getTranslation("catalog.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMinWidth("16rem");
        search.addValueChangeListener(e -> refresh());

        subject.setId("catalog-subject");
        subject.setLabel(getTranslation("catalog.subject"));
        subject.setItems(SubjectType.values());
        subject.setEmptySelectionAllowed(true);
        subject.setEmptySelectionCaption(getTranslation("catalog.all"));
        subject.setItemLabelGenerator(t -> t == null ? getTranslation("catalog.all") : getTranslation("subject." + t.name()));
        subject.addValueChangeListener(e -> refresh());

        section.setId("catalog-section");
        section.setLabel(getTranslation("field.section"));
        section.setPlaceholder(getTranslation("catalog.all"));
        section.setClearButtonVisible(true);
        section.setItems(fields.stream().map(FieldDefinition::section).distinct().toList());
        section.setItemLabelGenerator(s -> CatalogTexts.section(this, s));
        section.addValueChangeListener(e -> refresh());

        search.setLabel(getTranslation("catalog.search.label"));
        var filters = new FlexLayout(search, subject, section, count);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        filters.setWidthFull();
        count.setId("catalog-count");
        count.addClassName("of-muted");

        var details = new FieldDetails(catalog);
        details.setId("field-details");
        grid.setId("catalog-grid");
        grid.addComponentColumn(this::labelAndId).setHeader(getTranslation("field.label")).setWidth("15rem")
                .setFlexGrow(3).setComparator(FieldDefinition::id).setTooltipGenerator(FieldDefinition::id);
        grid.addColumn(f -> getTranslation("field.type." + f.type().name())).setHeader(getTranslation("field.type"))
                .setAutoWidth(true);
        grid.addColumn(f -> CatalogTexts.section(this, f.section())).setHeader(getTranslation("field.section"))
                .setAutoWidth(true).setSortable(true);
        grid.addColumn(f -> getTranslation("sensitivity." + f.sensitivity().name()))
                .setHeader(getTranslation("field.sensitivity")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() == null) {
                details.clear();
            } else {
                details.show(e.getValue());
            }
        });

        grid.setHeightFull();
        details.setHeightFull();
        var split = new SplitLayout(grid, details);
        split.setSplitterPosition(62);
        split.setSizeFull();
        add(ViewPieces.homeTitle(getTranslation("catalog.title")), filters, split);
        setFlexGrow(1, split);
        refresh();
    }

    /** The label, and under it the id, small: the two things people search by. */
    private Div labelAndId(FieldDefinition field) {
        var id = new Div(field.id());
        id.addClassName("of-muted");
        id.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("font-family", "monospace");
        return new Div(new Div(field.label(getLocale())), id);
    }

    private void refresh() {
        String text = search.getValue().strip().toLowerCase(Locale.ROOT);
        List<FieldDefinition> shown = fields.stream()
                .filter(f -> subject.getValue() == null || f.subjectType() == subject.getValue())
                .filter(f -> section.getValue() == null || f.section().equals(section.getValue()))
                .filter(f -> text.isEmpty() || f.id().toLowerCase(Locale.ROOT).contains(text)
                        || f.labelZh().contains(text) || f.labelEn().toLowerCase(Locale.ROOT).contains(text))
                .toList();
        grid.setItems(shown);
        count.setText(getTranslation("catalog.count", shown.size(), fields.size()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.title") + " · " + getTranslation("app.name");
    }
}
