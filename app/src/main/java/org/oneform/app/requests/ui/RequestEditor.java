package org.oneform.app.requests.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.oneform.forms.catalog.Catalog;
import org.oneform.forms.catalog.FieldDefinition;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.department.DepartmentCode;
import org.oneform.forms.request.FieldRequests;
import org.oneform.forms.request.RequestContent;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * Edits what a department asks for: the subject type, catalog fields picked with search, the purpose, the
 * population filter and the refresh interval. Every change is checked at once with
 * {@link FieldRequests#check}; the filter's errors are shown under it with their position, the rest as a list
 * of what would stop a submission.
 */
class RequestEditor extends VerticalLayout {

    private final Catalog catalog;
    private final FieldRequests requests;
    private final DepartmentCode department;
    private final Select<SubjectType> subject = new Select<>();
    private final MultiSelectComboBox<FieldDefinition> fields = new MultiSelectComboBox<>();
    private final TextArea purpose = new TextArea();
    private final TextField filter = new TextField();
    private final Div filterFeedback = new Div();
    private final IntegerField amount = new IntegerField();
    private final Select<RefreshInterval.Unit> unit = new Select<>();
    private final Div problems = new Div();
    private List<FieldDefinition> proposed = List.of();
    private boolean loading;

    RequestEditor(Catalog catalog, FieldRequests requests, DepartmentCode department) {
        this.catalog = catalog;
        this.requests = requests;
        this.department = department;
        setPadding(false);

        subject.setId("request-subject");
        subject.setLabel(getTranslation("catalog.subject"));
        subject.setItems(SubjectType.values());
        subject.setItemLabelGenerator(t -> getTranslation("subject." + t.name()));
        subject.addValueChangeListener(e -> {
            if (!loading) {
                fields.clear();
                offerFieldsOf(e.getValue());
                check();
            }
        });

        fields.setId("request-fields");
        fields.setLabel(getTranslation("request.fields"));
        fields.setPlaceholder(getTranslation("request.fields.placeholder"));
        fields.setItemLabelGenerator(f -> f.label(getLocale()) + " · " + f.id());
        fields.setSelectedItemsOnTop(true);
        fields.setAutoExpand(MultiSelectComboBox.AutoExpandMode.BOTH);
        fields.setKeepFilter(true);
        fields.setWidthFull();
        fields.addValueChangeListener(e -> check());

        purpose.setId("request-purpose");
        purpose.setLabel(getTranslation("request.purpose"));
        purpose.setHelperText(getTranslation("request.purpose.help"));
        purpose.setValueChangeMode(ValueChangeMode.LAZY);
        purpose.setWidthFull();
        purpose.addValueChangeListener(e -> check());

        filter.setId("request-filter");
        filter.setLabel(getTranslation("request.filter"));
        filter.setPlaceholder("age(${resident.birth_date}) >= 60");
        filter.setValueChangeMode(ValueChangeMode.EAGER);
        filter.setWidthFull();
        filter.addValueChangeListener(e -> check());
        filterFeedback.setId("request-filter-feedback");
        filterFeedback.getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin-top", "calc(-1 * var(--lumo-space-s))");

        amount.setId("request-refresh-amount");
        amount.setLabel(getTranslation("request.refresh"));
        amount.setMin(1);
        amount.setStepButtonsVisible(true);
        amount.setValueChangeMode(ValueChangeMode.EAGER);
        amount.addValueChangeListener(e -> check());
        unit.setId("request-refresh-unit");
        unit.setLabel(getTranslation("request.refresh.unit"));
        unit.setItems(RefreshInterval.Unit.values());
        unit.setItemLabelGenerator(u -> getTranslation("request.refresh.unit." + u.name()));
        unit.addValueChangeListener(e -> check());
        var refresh = new HorizontalLayout(amount, unit);
        refresh.setAlignItems(Alignment.BASELINE);

        problems.setId("request-problems");
        var form = new FormLayout(subject, refresh);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.setWidthFull();
        add(form, fields, filter, filterFeedback, purpose, problems);
    }

    /** Shows {@code content}; a request of another department is shown as well, read-only being the caller's choice. */
    void setContent(RequestContent content) {
        loading = true;
        try {
            proposed = content.proposedFields();
            subject.setValue(content.subjectType());
            offerFieldsOf(content.subjectType());
            Set<FieldDefinition> picked = new LinkedHashSet<>();
            for (String id : content.fieldIds()) {
                catalog.find(id).or(() -> proposed.stream().filter(f -> f.id().equals(id)).findFirst())
                        .ifPresent(picked::add);
            }
            fields.setValue(picked);
            purpose.setValue(content.purpose());
            filter.setValue(content.populationFilter());
            RefreshInterval interval = RefreshInterval.of(content.refresh());
            amount.setValue(interval.amount());
            unit.setValue(interval.unit());
        } finally {
            loading = false;
        }
        check();
    }

    /** What the editor holds now, fields in catalog order. */
    RequestContent content() {
        List<FieldDefinition> order = new ArrayList<>(catalog.all());
        order.addAll(proposed);
        List<String> ids = fields.getValue().stream()
                .sorted(Comparator.comparingInt(order::indexOf)).map(FieldDefinition::id).toList();
        var interval = new RefreshInterval(amount.getValue() == null ? 0 : amount.getValue(),
                unit.getValue() == null ? RefreshInterval.Unit.DAYS : unit.getValue());
        return new RequestContent(department, subject.getValue(), ids, purpose.getValue(), filter.getValue(),
                interval.toPeriod(), proposed);
    }

    void setEditable(boolean editable) {
        subject.setReadOnly(!editable);
        fields.setReadOnly(!editable);
        purpose.setReadOnly(!editable);
        filter.setReadOnly(!editable);
        amount.setReadOnly(!editable);
        unit.setReadOnly(!editable);
        problems.setVisible(editable);
    }

    private void offerFieldsOf(SubjectType type) {
        List<FieldDefinition> offered = new ArrayList<>(catalog.of(type).stream()
                .filter(f -> catalog.parentOf(f.id()).isEmpty()).toList());
        proposed.stream().filter(f -> f.subjectType() == type).forEach(offered::add);
        fields.setItems((field, text) -> matches(field, text), offered);
    }

    private static boolean matches(FieldDefinition field, String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() || field.id().contains(t) || field.labelZh().contains(t)
                || field.labelEn().toLowerCase(Locale.ROOT).contains(t);
    }

    /** Checks the content as a submission would, and shows the verdict. */
    private void check() {
        if (loading || subject.getValue() == null) {
            return;
        }
        RequestContent content = content();
        List<String> found = requests.check(content);
        List<String> aboutFilter = found.stream().filter(p -> p.contains("population filter")).toList();
        showFilter(content, aboutFilter);
        problems.removeAll();
        List<String> rest = found.stream().filter(p -> !aboutFilter.contains(p)).toList();
        if (found.isEmpty()) {
            var ok = new Span("✓ " + getTranslation("request.ready"));
            ok.getStyle().set("color", "var(--lumo-success-text-color)");
            problems.add(ok);
        } else if (!rest.isEmpty()) {
            var caption = new Span(getTranslation("request.problems"));
            caption.addClassName("of-muted");
            var list = new UnorderedList();
            rest.forEach(p -> list.add(new ListItem(Problems.text(this, p))));
            list.getStyle().set("margin", "0").set("color", "var(--lumo-error-text-color)");
            problems.add(caption, list);
        }
    }

    private void showFilter(RequestContent content, List<String> aboutFilter) {
        filterFeedback.removeAll();
        if (content.populationFilter().isEmpty()) {
            filter.setInvalid(false);
            filterFeedback.add(muted(getTranslation("request.filter.everyone",
                    getTranslation("subject." + content.subjectType().name()))));
            return;
        }
        FilterFeedback feedback = FilterFeedback.of(content.populationFilter(), content.subjectType(), catalog.ids());
        boolean bad = !aboutFilter.isEmpty() || !feedback.ok();
        filter.setInvalid(bad);
        filter.setErrorMessage(bad ? getTranslation("request.filter.invalid") : null);
        if (!bad) {
            var ok = new Span("✓ " + getTranslation("request.filter.ok"));
            ok.getStyle().set("color", "var(--lumo-success-text-color)");
            filterFeedback.add(ok);
            return;
        }
        var reasons = new Div();
        reasons.getStyle().set("color", "var(--lumo-error-text-color)");
        if (feedback.error() != null) {
            var error = feedback.error();
            reasons.add(new Div(getTranslation("request.filter.at", error.position() + 1,
                    reason(error.reason().code()))));
            reasons.add(marked(content.populationFilter(), error.position()));
        }
        feedback.unknown().forEach(id -> reasons.add(new Div(getTranslation("request.filter.unknown", "${" + id + "}"))));
        feedback.otherSubject().forEach(id -> reasons.add(new Div(getTranslation("request.filter.other-subject",
                "${" + id + "}", getTranslation("subject." + content.subjectType().name())))));
        if (feedback.ok()) {
            aboutFilter.forEach(p -> reasons.add(new Div(p)));
        }
        filterFeedback.add(reasons);
    }

    private String reason(String code) {
        String text = getTranslation("expr.reason." + code);
        return text.startsWith("!") ? code : text;
    }

    /** The filter with the character at {@code position} marked (a gap when the error is at the end). */
    private static Component marked(String source, int position) {
        String[] parts = FilterFeedback.around(source, position);
        var bad = new Span(parts[1].isEmpty() ? "\u2003" : parts[1]);
        bad.setId("request-filter-mark");
        bad.getStyle().set("background", "var(--lumo-error-color-50pct)").set("color", "var(--lumo-base-color)")
                .set("border-radius", "2px");
        var code = new Code();
        code.add(new Span(parts[0]), bad, new Span(parts[2]));
        code.getStyle().set("white-space", "pre-wrap");
        return code;
    }

    private static Span muted(String text) {
        var span = new Span(text);
        span.addClassName("of-muted");
        return span;
    }
}
