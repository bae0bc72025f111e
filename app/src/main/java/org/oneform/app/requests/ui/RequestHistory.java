package org.oneform.app.requests.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.oneform.forms.request.FieldRequest;
import org.oneform.forms.request.RequestEvent;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/** A request's history, newest last: when, who, from which state to which, and the note or reason. */
class RequestHistory extends Grid<RequestEvent> {

    RequestHistory(FieldRequest request, ZoneId zone) {
        var time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        setId("request-history");
        addColumn(e -> time.format(e.at())).setHeader(getTranslation("history.time")).setAutoWidth(true);
        addColumn(RequestEvent::actor).setHeader(getTranslation("history.actor")).setAutoWidth(true);
        addColumn(e -> e.from() == null || e.from() == e.to() ? getTranslation("request.state." + e.to().name())
                : getTranslation("request.state." + e.from().name()) + " → " + getTranslation("request.state." + e.to().name()))
                .setHeader(getTranslation("history.change")).setAutoWidth(true);
        addColumn(e -> note(e.note())).setHeader(getTranslation("history.note")).setFlexGrow(1);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setItems(request.history());
        setAllRowsVisible(true);
        setWidthFull();
    }

    /** The domain writes "created" and "edited" itself; everything else is what a person typed. */
    private String note(String note) {
        return switch (note) {
            case "created" -> getTranslation("history.note.created");
            case "edited" -> getTranslation("history.note.edited");
            default -> note;
        };
    }
}
