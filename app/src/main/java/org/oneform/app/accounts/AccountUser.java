package org.oneform.app.accounts;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in principal: Spring Security's user plus the OneForm account behind it. */
public final class AccountUser extends User {

    private final Account account;

    AccountUser(Account account, String passwordHash) {
        super(account.username(), passwordHash, account.enabled(), true, true, true,
                List.of(new SimpleGrantedAuthority(account.role().authority())));
        this.account = account;
    }

    public Account account() {
        return account;
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
