package org.oneform.app.security.ui;

import org.oneform.app.i18n.LanguageSwitch;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The sign-in page. Wrong password, unknown user, disabled account and a throttled attempt all show
 * the same message, so the page never tells whether an account exists.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    LoginView() {
        addClassName("of-login");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        var language = new LanguageSwitch(locale -> { });
        var top = new Div(language);
        top.getStyle().set("position", "absolute").set("top", "var(--lumo-space-m)").set("right", "var(--lumo-space-m)");

        var title = new H1(getTranslation("login.title"));
        var subtitle = new Paragraph(getTranslation("login.subtitle"));
        subtitle.addClassName("of-muted");
        var brand = new Div(title, subtitle);
        brand.addClassName("of-login-brand");
        brand.getStyle().set("text-align", "center");

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        add(top, brand, form);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.form-title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
