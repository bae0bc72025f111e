package org.oneform.app.requests.ui;

import org.oneform.forms.request.RequestException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The domain's refusals as people read them: a notification naming what kind of refusal it was and each
 * problem, never a stack trace. Problems the domain states in English are said in the user's language where
 * they are known.
 */
final class Problems {

    private Problems() {
    }

    /** A problem sentence of {@code FieldRequests} in the user's language, when it is one we know. */
    static String text(Component in, String problem) {
        if (problem.startsWith("the request names no fields")) {
            return in.getTranslation("request.problem.no-fields");
        }
        if (problem.startsWith("the request needs a purpose")) {
            return in.getTranslation("request.problem.no-purpose");
        }
        if (problem.startsWith("the refresh interval must be positive")) {
            return in.getTranslation("request.problem.refresh");
        }
        if (problem.startsWith("a rejection of") && problem.endsWith("needs a reason")) {
            return in.getTranslation("request.problem.reason");
        }
        return problem;
    }

    static void refused(Component in, RequestException e) {
        var body = new Div(new Div(in.getTranslation("request.error." + e.kind().name())));
        body.setId("request-error");
        if (!e.problems().isEmpty()) {
            var list = new UnorderedList();
            e.problems().forEach(p -> list.add(new ListItem(text(in, p))));
            body.add(list);
        } else if (e.kind() != RequestException.Kind.NOT_ALLOWED) {
            body.add(new Div(e.getMessage()));
        }
        show(in, body, NotificationVariant.LUMO_ERROR, 10_000);
    }

    /** A failure the domain did not foresee: said plainly, details left to the log. */
    static void failed(Component in) {
        show(in, new Div(in.getTranslation("request.error.unexpected")), NotificationVariant.LUMO_ERROR, 10_000);
    }

    static void done(Component in, String text) {
        show(in, new Div(text), NotificationVariant.LUMO_SUCCESS, 4_000);
    }

    private static void show(Component in, Div body, NotificationVariant variant, int millis) {
        var notification = new Notification();
        notification.addThemeVariants(variant);
        notification.setDuration(millis);
        notification.setPosition(Notification.Position.TOP_CENTER);
        var close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel(in.getTranslation("notification.close"));
        var row = new HorizontalLayout(body, close);
        row.setAlignItems(FlexComponent.Alignment.START);
        notification.add(row);
        notification.open();
    }
}
