package org.oneform.app.catalog.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.oneform.app.catalog.CatalogTexts;
import org.oneform.app.catalog.FieldDetails;
import org.oneform.forms.catalog.FieldDefinition;
import org.oneform.forms.catalog.FieldType;
import org.oneform.forms.compile.FieldRole;
import org.oneform.forms.compile.FormField;
import org.oneform.forms.compile.FormVersion;
import org.oneform.forms.department.DepartmentDirectory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * A form version laid out the way the tablet asks it: section by section, each question with its answer
 * area (choices spelled out), and beside it who requested it, when it is asked and how fresh it must be.
 * A repeat group's child questions are shown inside the group.
 */
class FormPreview extends Div {

    private final DepartmentDirectory departments;

    FormPreview(FormVersion version, DepartmentDirectory departments) {
        this.departments = departments;
        addClassName("of-form-preview");
        Map<String, List<FormField>> sections = new LinkedHashMap<>();
        for (FormField field : version.topLevel()) {
            sections.computeIfAbsent(field.definition().section(), s -> new ArrayList<>()).add(field);
        }
        boolean first = true;
        for (var entry : sections.entrySet()) {
            var body = new Div();
            for (FormField field : entry.getValue()) {
                body.add(question(field, version));
            }
            var section = new Details(CatalogTexts.section(this, entry.getKey()) + " · "
                    + getTranslation("form.section.count", entry.getValue().size()), body);
            section.setOpened(first);
            section.setWidthFull();
            section.getElement().setAttribute("data-section", entry.getKey());
            add(section);
            first = false;
        }
    }

    private Component question(FormField field, FormVersion version) {
        FieldDefinition definition = field.definition();
        var card = new Div();
        card.getElement().setAttribute("data-field", field.id());
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)");
        var label = new Span(definition.label(getLocale()));
        label.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        card.add(new Div(label, required(definition)));
        card.add(answer(definition));
        card.add(meta(getTranslation(field.role() == FieldRole.REQUESTED ? "form.requested-by" : "form.supporting"),
                field.role() == FieldRole.REQUESTED ? CatalogTexts.departments(this, departments, field.requestedBy())
                        : String.join(", ", field.neededBy())));
        var when = new Div(caption(getTranslation("form.relevance")));
        when.getStyle().set("font-size", "var(--lumo-font-size-s)");
        when.add(field.relevance().isEmpty() ? new Span(getTranslation("form.relevance.always"))
                : FieldDetails.code(field.relevance()));
        card.add(when);
        card.add(meta(getTranslation("form.refresh"), CatalogTexts.period(this, field.refresh())));
        if (definition.type() == FieldType.REPEAT_GROUP) {
            var rows = new Div();
            rows.getStyle().set("margin-inline-start", "var(--lumo-space-l)");
            version.fields().stream().filter(f -> f.parent().equals(field.id())).forEach(child -> rows.add(question(child, version)));
            card.add(rows);
        }
        return card;
    }

    private Component required(FieldDefinition definition) {
        if (definition.required().isEmpty()) {
            return new Span();
        }
        var mark = new Span(" " + getTranslation("true()".equals(definition.required()) ? "form.required" : "form.required-when"));
        mark.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return mark;
    }

    /** What the grid worker answers in: the choices, or a box naming the kind of answer. */
    private Component answer(FieldDefinition definition) {
        var answer = new Div();
        answer.getStyle().set("margin", "var(--lumo-space-xs) 0").set("display", "flex").set("flex-wrap", "wrap")
                .set("gap", "var(--lumo-space-s)");
        if (definition.type().hasChoices() || definition.type() == FieldType.YES_NO) {
            String mark = definition.type() == FieldType.MULTIPLE_CHOICE ? "☐ " : "○ ";
            List<String> labels = definition.type() == FieldType.YES_NO
                    ? List.of(getTranslation("form.yes"), getTranslation("form.no"))
                    : definition.choices().stream().map(c -> c.label(getLocale())).toList();
            labels.forEach(l -> answer.add(chip(mark + l)));
        } else if (definition.isCalculated()) {
            answer.add(new Span(getTranslation("form.calculated")), FieldDetails.code(definition.calculation()));
        } else if (definition.type() != FieldType.NOTE && definition.type() != FieldType.REPEAT_GROUP) {
            var box = new Div(getTranslation("field.type." + definition.type().name()));
            box.addClassName("of-muted");
            box.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                    .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)").set("min-width", "16rem");
            answer.add(box);
        }
        return answer;
    }

    private static Span chip(String text) {
        var chip = new Span(text);
        chip.getStyle().set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)");
        return chip;
    }

    private static Div meta(String caption, String value) {
        var meta = new Div(caption(caption), new Span(value));
        meta.getStyle().set("font-size", "var(--lumo-font-size-s)");
        return meta;
    }

    private static Span caption(String text) {
        var span = new Span(text + " ");
        span.addClassName("of-muted");
        return span;
    }
}
