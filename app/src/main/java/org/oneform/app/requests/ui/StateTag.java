package org.oneform.app.requests.ui;

import org.oneform.forms.request.RequestState;

import com.vaadin.flow.component.html.Span;

/** A request's state as a small coloured tag. */
class StateTag extends Span {

    StateTag(RequestState state) {
        setText(getTranslation("request.state." + state.name()));
        getElement().setAttribute("data-state", state.name());
        String colour = switch (state) {
            case DRAFT, WITHDRAWN -> "contrast";
            case SUBMITTED -> "primary";
            case APPROVED -> "success";
            case REJECTED -> "error";
        };
        getStyle().set("color", "var(--lumo-" + colour + "-text-color, var(--lumo-body-text-color))")
                .set("background", "var(--lumo-" + colour + "-color-10pct, var(--lumo-contrast-10pct))")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "0.1em 0.6em")
                .set("font-size", "var(--lumo-font-size-s)").set("white-space", "nowrap");
    }
}
