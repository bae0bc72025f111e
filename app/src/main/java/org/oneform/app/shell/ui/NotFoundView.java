package org.oneform.app.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for an unknown address and for a screen the user's role may not open: access control
 * answers "not found" on purpose, so nobody learns which screens exist for other roles.
 */
@AnonymousAllowed
class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("of-view");
        var title = new H1(getTranslation("error.not-found.title"));
        title.setId("not-found-title");
        var home = new Anchor("/", getTranslation("error.not-found.home"));
        home.setId("go-home");
        add(title, new Paragraph(getTranslation("error.not-found.text")), home);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
