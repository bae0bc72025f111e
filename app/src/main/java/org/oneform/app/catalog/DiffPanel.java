package org.oneform.app.catalog;

import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

import org.oneform.forms.catalog.Catalog;
import org.oneform.forms.compile.FormDiff;
import org.oneform.forms.department.DepartmentCode;
import org.oneform.forms.department.DepartmentDirectory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * A {@link FormDiff} as people read it: fields added, fields removed, and for fields in both what changed
 * (who requests it, when it is asked, how fresh it must be), with labels and department names in the user's
 * language instead of ids and codes.
 */
public class DiffPanel extends Div {

    private final Catalog catalog;
    private final DepartmentDirectory departments;

    public DiffPanel(FormDiff diff, Catalog catalog, DepartmentDirectory departments) {
        this.catalog = catalog;
        this.departments = departments;
        addClassName("of-diff");
        if (diff.isEmpty()) {
            var none = new Paragraph(getTranslation("diff.none"));
            none.addClassName("of-muted");
            add(none);
            return;
        }
        if (!diff.added().isEmpty()) {
            add(heading(getTranslation("diff.added", diff.added().size()), "var(--lumo-success-text-color)"),
                    list(diff.added().stream().map(this::field).toList()));
        }
        if (!diff.removed().isEmpty()) {
            add(heading(getTranslation("diff.removed", diff.removed().size()), "var(--lumo-error-text-color)"),
                    list(diff.removed().stream().map(this::field).toList()));
        }
        if (!diff.changed().isEmpty()) {
            Map<String, List<FormDiff.Change>> byField = new LinkedHashMap<>();
            diff.changed().forEach(c -> byField.computeIfAbsent(c.fieldId(), id -> new ArrayList<>()).add(c));
            add(heading(getTranslation("diff.changed", byField.size()), "var(--lumo-primary-text-color)"),
                    list(byField.entrySet().stream().map(e -> changes(e.getKey(), e.getValue())).toList()));
        }
    }

    private Component field(String id) {
        return new Span(new Span(catalog.find(id).map(f -> f.label(getLocale())).orElse(id) + " "), small(id));
    }

    private Component changes(String fieldId, List<FormDiff.Change> changes) {
        var line = new Div(field(fieldId));
        changes.forEach(c -> line.add(change(c)));
        return line;
    }

    private Component change(FormDiff.Change change) {
        var what = new Span(getTranslation("diff.aspect." + change.aspect().name()) + ": ");
        what.getStyle().set("font-weight", "600");
        var detail = new Div(what);
        detail.getStyle().set("font-size", "var(--lumo-font-size-s)");
        switch (change.aspect()) {
            case DEFINITION -> detail.add(new Span(getTranslation("diff.definition-changed")));
            case REQUESTERS -> detail.add(new Span(departments(change.before()) + " → " + departments(change.after())));
            case ROLE -> detail.add(new Span(getTranslation("field.role." + change.before()) + " → "
                    + getTranslation("field.role." + change.after())));
            case RELEVANCE -> detail.add(new Div(new Span(getTranslation("diff.before") + " "),
                    FieldDetails.code(always(change.before()))), new Div(new Span(getTranslation("diff.after") + " "),
                    FieldDetails.code(always(change.after()))));
            case REFRESH -> detail.add(new Span(CatalogTexts.period(this, Period.parse(change.before())) + " → "
                    + CatalogTexts.period(this, Period.parse(change.after()))));
        }
        return detail;
    }

    private String always(String relevance) {
        return "(always)".equals(relevance) ? getTranslation("form.relevance.always") : relevance;
    }

    /** The compiler writes requesters as a list, {@code [civil-affairs, health]}. */
    private String departments(String list) {
        String inner = list.replace("[", "").replace("]", "").strip();
        if (inner.isEmpty()) {
            return getTranslation("diff.nobody");
        }
        List<DepartmentCode> codes = Arrays.stream(inner.split(",\\s*")).map(DepartmentCode::new).toList();
        return CatalogTexts.departments(this, departments, codes);
    }

    private static Code small(String id) {
        var code = new Code(id);
        code.getStyle().set("font-size", "var(--lumo-font-size-xs)");
        return code;
    }

    private static H4 heading(String text, String colour) {
        var h = new H4(text);
        h.getStyle().set("margin", "var(--lumo-space-s) 0 0").set("color", colour);
        return h;
    }

    private static UnorderedList list(List<Component> items) {
        var ul = new UnorderedList();
        ul.getStyle().set("margin", "var(--lumo-space-xs) 0");
        items.forEach(item -> ul.add(new ListItem(item)));
        return ul;
    }
}
