package org.oneform.app.requests.ui;

import org.oneform.app.shell.ViewPieces;
import org.oneform.app.catalog.CatalogTexts;
import org.oneform.app.catalog.FieldDetails;
import org.oneform.forms.catalog.Catalog;
import org.oneform.forms.catalog.FieldDefinition;
import org.oneform.forms.department.DepartmentDirectory;
import org.oneform.forms.request.FieldRequest;
import org.oneform.forms.request.RequestContent;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** A request's content, read-only: who asks, for whom, why, how fresh, and which fields (proposed ones marked). */
class RequestSummary extends Div {

    RequestSummary(FieldRequest request, Catalog catalog, DepartmentDirectory departments) {
        RequestContent content = request.content();
        setId("request-summary");
        add(ViewPieces.labelled(getTranslation("request.department"), new Span(CatalogTexts.department(this, departments, content.department()))));
        add(ViewPieces.labelled(getTranslation("catalog.subject"), new Span(getTranslation("subject." + content.subjectType().name()))));
        add(ViewPieces.labelled(getTranslation("request.purpose"), new Span(content.purpose().isEmpty() ? "—" : content.purpose())));
        add(ViewPieces.labelled(getTranslation("request.filter"), content.everyone()
                ? new Span(getTranslation("request.filter.everyone", getTranslation("subject." + content.subjectType().name())))
                : FieldDetails.code(content.populationFilter())));
        add(ViewPieces.labelled(getTranslation("request.refresh"), new Span(CatalogTexts.period(this, content.refresh()))));
        var list = new UnorderedList();
        list.getStyle().set("margin", "0").set("columns", "2 16rem");
        for (String id : content.fieldIds()) {
            boolean isProposed = content.proposedFields().stream().anyMatch(f -> f.id().equals(id));
            String label = catalog.find(id).map(f -> f.label(getLocale()))
                    .or(() -> content.proposedFields().stream().filter(f -> f.id().equals(id)).findFirst()
                            .map(f -> f.label(getLocale())))
                    .orElse(id);
            var item = new ListItem(new Span(label + " "), small(id));
            if (isProposed) {
                var mark = new Span(" " + getTranslation("request.proposed"));
                mark.getStyle().set("color", "var(--lumo-primary-text-color)");
                item.add(mark);
            }
            list.add(item);
        }
        add(ViewPieces.labelled(getTranslation("request.fields.count", content.fieldIds().size()), list));
        for (FieldDefinition proposed : content.proposedFields()) {
            var details = new FieldDetails(catalog);
            details.show(proposed);
            add(ViewPieces.labelled(getTranslation("request.proposed.field"), details));
        }
    }

    private static Code small(String id) {
        var code = new Code(id);
        code.getStyle().set("font-size", "var(--lumo-font-size-xs)");
        return code;
    }

}
