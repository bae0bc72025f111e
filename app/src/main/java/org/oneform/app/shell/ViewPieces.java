package org.oneform.app.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;

/** Small building blocks the home screens share, so they look alike. */
public final class ViewPieces {

    private ViewPieces() {
    }

    /** The page heading every home screen has ({@code #home-title}). */
    public static H1 homeTitle(String text) {
        var h1 = new H1(text);
        h1.setId("home-title");
        h1.getStyle().set("margin-top", "0");
        return h1;
    }

    /** A tile with a big number, grouped the way the user's language writes it, and a label. */
    public static Component stat(String label, Number value) {
        var locale = com.vaadin.flow.component.UI.getCurrent() == null ? java.util.Locale.SIMPLIFIED_CHINESE
                : com.vaadin.flow.component.UI.getCurrent().getLocale();
        var number = new Div(java.text.NumberFormat.getIntegerInstance(locale).format(value == null ? 0 : value));
        number.addClassName("of-stat-value");
        var caption = new Span(label);
        caption.addClassName("of-stat-label");
        var tile = new Div(number, caption);
        tile.addClassName("of-stat");
        return tile;
    }

    /** A tile with a short text (a time, a duration) in place of the big number, and a label. */
    public static Component stat(String label, String text) {
        var value = new Div(text);
        value.addClassNames("of-stat-value", "of-stat-text");
        var caption = new Span(label);
        caption.addClassName("of-stat-label");
        var tile = new Div(value, caption);
        tile.addClassName("of-stat");
        return tile;
    }

    /** A responsive row of stat tiles. */
    public static Div stats(Component... tiles) {
        var row = new Div(tiles);
        row.addClassName("of-stats");
        return row;
    }

    /** A small grey caption above a value, for detail panels. */
    public static Div labelled(String caption, Component value) {
        var label = new Div(caption);
        label.addClassName("of-muted");
        label.getStyle().set("font-size", "var(--lumo-font-size-s)");
        var row = new Div(label, value);
        row.getStyle().set("margin-block", "var(--lumo-space-xs)");
        return row;
    }
}
