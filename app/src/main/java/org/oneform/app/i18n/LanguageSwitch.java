package org.oneform.app.i18n;

import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.Cookie;

/**
 * A button that switches between 中文 and English. It names the language it switches to, in that
 * language, so a user who cannot read the current one can still find it. The choice goes into a
 * year-long cookie and to {@code remember} (the account, when signed in); the page then reloads.
 */
public class LanguageSwitch extends Button {

    public LanguageSwitch(Consumer<Locale> remember) {
        Locale target = Languages.other(UI.getCurrent().getLocale());
        setText(getTranslation(target, "language.switch-to"));
        setIcon(VaadinIcon.GLOBE.create());
        setId("language-switch");
        addThemeVariants(ButtonVariant.TERTIARY);
        getElement().setAttribute("lang", target.toLanguageTag());
        addClickListener(e -> {
            Cookie cookie = new Cookie(Languages.COOKIE, target.toLanguageTag());
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            var response = VaadinService.getCurrentResponse();
            if (response != null) {
                response.addCookie(cookie);
            }
            remember.accept(target);
            UI ui = UI.getCurrent();
            ui.setLocale(target);
            ui.getSession().setLocale(target);
            ui.getPage().reload();
        });
    }
}
