package org.oneform.app.shell.ui;

import org.oneform.app.accounts.Account;
import org.oneform.app.accounts.Accounts;
import org.oneform.app.i18n.LanguageSwitch;
import org.oneform.app.search.SearchRoutes;
import org.oneform.app.security.CurrentUser;
import org.oneform.app.shell.HomeRoutes;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import jakarta.annotation.security.PermitAll;

/**
 * The layout of every signed-in screen: a header with the product name, the user, the language switch
 * and sign-out; a drawer with navigation for the user's role. On a tablet in portrait the drawer
 * folds away behind the toggle.
 */
@Layout
@PermitAll
class MainLayout extends AppLayout {

    MainLayout(CurrentUser currentUser, Accounts accounts) {
        Account account = currentUser.require();
        var title = new Span(getTranslation("app.name"));
        title.addClassName("of-app-title");

        // demo display names already say the role and place (韦杰（清河街道督导）); the role goes in the tooltip
        var user = new Span(account.displayName());
        user.setTitle(getTranslation("role." + account.role().name()));
        user.setId("current-user");
        user.addClassName("of-muted");

        var signOut = new Button(getTranslation("shell.sign-out"), VaadinIcon.SIGN_OUT.create(), e -> currentUser.signOut());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.TERTIARY);

        var language = new LanguageSwitch(locale -> accounts.rememberLocale(account.username(), locale));

        var header = new HorizontalLayout(new DrawerToggle(), title, user, language, signOut);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(user);
        header.getStyle().set("padding-inline-end", "var(--lumo-space-m)");
        addToNavbar(header);

        var nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation(HomeRoutes.titleKey(account.role())),
                "/" + HomeRoutes.of(account.role()), VaadinIcon.HOME.create()));
        switch (account.role()) {
            case ADMIN -> {
                nav.addItem(new SideNavItem(getTranslation("nav.search"), "/" + SearchRoutes.SEARCH, VaadinIcon.SEARCH.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.catalog"), "/catalog", VaadinIcon.BOOK.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.approvals"), "/approvals", VaadinIcon.CHECK_SQUARE_O.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.xlsform"), "/requests/import", VaadinIcon.UPLOAD.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.forms"), "/forms", VaadinIcon.FORM.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.deliveries"), "/deliveries", VaadinIcon.EXCHANGE.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.cycles"), "/supervisor/cycles", VaadinIcon.CALENDAR.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.dashboard"), "/supervisor/dashboard", VaadinIcon.BAR_CHART.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.review"), "/supervisor/review", VaadinIcon.CHECK_SQUARE_O.create()));
            }
            case SUPERVISOR -> {
                nav.addItem(new SideNavItem(getTranslation("nav.search"), "/" + SearchRoutes.SEARCH, VaadinIcon.SEARCH.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.dashboard"), "/supervisor/dashboard", VaadinIcon.BAR_CHART.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.review"), "/supervisor/review", VaadinIcon.CHECK_SQUARE_O.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.cycles"), "/supervisor/cycles", VaadinIcon.CALENDAR.create()));
            }
            case DEPARTMENT -> {
                nav.addItem(new SideNavItem(getTranslation("nav.catalog"), "/catalog", VaadinIcon.BOOK.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.requests"), "/requests", VaadinIcon.FILE_TEXT_O.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.xlsform"), "/requests/import", VaadinIcon.UPLOAD.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.forms"), "/forms", VaadinIcon.FORM.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.delivered"), "/department/delivered", VaadinIcon.DOWNLOAD.create()));
            }
            default -> {
                // grid workers neither request fields nor approve them; they collect in the offline collector
            }
        }
        addToDrawer(nav);
        setPrimarySection(Section.NAVBAR);
    }
}
