package org.oneform.app.security;

import java.util.Optional;

import org.oneform.app.accounts.Account;
import org.oneform.app.accounts.AccountUser;
import org.oneform.app.accounts.Accounts;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import com.vaadin.flow.spring.security.AuthenticationContext;

/** The signed-in user, for views and services; sign-out through Vaadin's authentication context. */
@Component
public class CurrentUser {

    private final AuthenticationContext authenticationContext;
    private final Accounts accounts;

    CurrentUser(AuthenticationContext authenticationContext, Accounts accounts) {
        this.authenticationContext = authenticationContext;
        this.accounts = accounts;
    }

    /** The account as stored now (not as it was at sign-in), if someone is signed in. */
    public Optional<Account> account() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AccountUser user)) {
            return Optional.empty();
        }
        return accounts.find(user.account().username());
    }

    public Account require() {
        return account().orElseThrow(() -> new IllegalStateException("no signed-in user"));
    }

    public void signOut() {
        authenticationContext.logout();
    }
}
