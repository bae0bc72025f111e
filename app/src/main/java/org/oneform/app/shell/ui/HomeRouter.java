package org.oneform.app.shell.ui;

import org.oneform.app.security.CurrentUser;
import org.oneform.app.shell.HomeRoutes;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The root route: sends each signed-in user to their role's home screen. */
@Route(value = "", autoLayout = false)
@PermitAll
class HomeRouter extends Div implements BeforeEnterObserver {

    private final CurrentUser currentUser;

    HomeRouter(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        currentUser.account().ifPresentOrElse(
                account -> event.forwardTo(HomeRoutes.of(account.role())),
                () -> event.forwardTo("login"));
    }
}
