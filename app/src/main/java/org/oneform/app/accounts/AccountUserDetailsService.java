package org.oneform.app.accounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads accounts for Spring Security's password check. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository repository;

    AccountUserDetailsService(AccountRepository repository) {
        this.repository = repository;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return repository.credentials(username == null ? "" : username.trim())
                .map(c -> new AccountUser(c.account(), c.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }
}
