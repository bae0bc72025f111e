package org.oneform.app.i18n;

import java.util.Arrays;
import java.util.Locale;

import org.oneform.app.accounts.AccountUser;
import org.oneform.app.accounts.Accounts;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;

/**
 * Gives every new UI the user's language: the account's choice once signed in, else the cookie,
 * else Chinese. The browser's Accept-Language is deliberately ignored: the product is Chinese first.
 */
@Component
class LocaleOnUiInit implements VaadinServiceInitListener {

    private final Accounts accounts;

    LocaleOnUiInit(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> {
            Locale locale = accountLocale().orElseGet(() -> fromCookie(VaadinRequest.getCurrent()));
            ui.getUI().setLocale(Languages.supported(locale));
            ui.getUI().getSession().setLocale(Languages.supported(locale));
        });
    }

    private java.util.Optional<Locale> accountLocale() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AccountUser user)) {
            return java.util.Optional.empty();
        }
        return accounts.find(user.account().username()).map(a -> a.locale());
    }

    private static Locale fromCookie(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Languages.CHINESE;
        }
        return Arrays.stream(request.getCookies()).filter(c -> Languages.COOKIE.equals(c.getName()))
                .map(Cookie::getValue).findFirst().map(Languages::fromTag).orElse(Languages.CHINESE);
    }
}
