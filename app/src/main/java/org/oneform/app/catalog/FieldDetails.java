package org.oneform.app.catalog;

import org.oneform.app.shell.ViewPieces;
import java.util.Map;

import org.oneform.forms.catalog.Catalog;
import org.oneform.forms.catalog.Choice;
import org.oneform.forms.catalog.FieldDefinition;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * One catalog field in full, in the user's language: label, id, type, section, sensitivity, hint, choices,
 * expressions and, for a repeat group, its child fields. Empty until {@link #show} is called.
 */
public class FieldDetails extends Div {

    private final Catalog catalog;

    public FieldDetails(Catalog catalog) {
        this.catalog = catalog;
        addClassName("of-field-details");
        getStyle().set("padding", "var(--lumo-space-m)").set("box-sizing", "border-box")
                .set("overflow", "auto");
        clear();
    }

    /** Shows nothing but a prompt to pick a field. */
    public final void clear() {
        removeAll();
        var prompt = new Paragraph(getTranslation("catalog.details.pick"));
        prompt.addClassName("of-muted");
        add(prompt);
    }

    public void show(FieldDefinition field) {
        removeAll();
        var title = new H3(field.label(getLocale()));
        title.getStyle().set("margin", "0");
        var id = new Code(field.id());
        id.setId("field-details-id");
        add(title, id);
        add(ViewPieces.labelled(getTranslation("field.other-label"), new Span(english() ? field.labelZh() : field.labelEn())));
        add(ViewPieces.labelled(getTranslation("field.type"), new Span(getTranslation("field.type." + field.type().name()))));
        add(ViewPieces.labelled(getTranslation("field.section"), new Span(CatalogTexts.section(this, field.section()))));
        add(ViewPieces.labelled(getTranslation("field.sensitivity"), new Span(getTranslation("sensitivity." + field.sensitivity().name()))));
        String hint = english() ? field.hintEn() : field.hintZh();
        if (!hint.isEmpty()) {
            add(ViewPieces.labelled(getTranslation("field.hint"), new Span(hint)));
        }
        if (!field.choices().isEmpty()) {
            var list = new UnorderedList();
            for (Choice choice : field.choices()) {
                list.add(new ListItem(new Code(choice.code()), new Span(" " + choice.label(getLocale()))));
            }
            add(ViewPieces.labelled(getTranslation("field.choices"), list));
        }
        Map<String, String> expressions = field.expressions();
        if (expressions.isEmpty()) {
            add(ViewPieces.labelled(getTranslation("field.expressions"), new Span(getTranslation("field.expressions.none"))));
        }
        expressions.forEach((kind, source) ->
                add(ViewPieces.labelled(getTranslation("field.expression." + kind), code(source))));
        if (!field.children().isEmpty()) {
            var list = new UnorderedList();
            field.children().forEach(child -> list.add(new ListItem(catalog.find(child)
                    .map(c -> c.label(getLocale()) + " · " + child).orElse(child))));
            add(ViewPieces.labelled(getTranslation("field.children"), list));
        }
    }

    private boolean english() {
        return "en".equals(getLocale().getLanguage());
    }

    /** An expression's source, kept on one line unless it is long. */
    public static Code code(String source) {
        var code = new Code(source);
        code.getStyle().set("white-space", "pre-wrap").set("word-break", "break-word");
        return code;
    }

}
