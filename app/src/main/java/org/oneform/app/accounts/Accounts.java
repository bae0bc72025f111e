package org.oneform.app.accounts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.oneform.sync.area.AreaId;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and reading accounts. Passwords are hashed with the application's encoder (Argon2id). */
@Service
public class Accounts {

    private final AccountRepository repository;
    private final PasswordEncoder passwordEncoder;

    Accounts(AccountRepository repository, PasswordEncoder passwordEncoder) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional
    public void createAll(List<NewAccount> accounts) {
        for (NewAccount account : accounts) {
            repository.insert(account, passwordEncoder.encode(account.password()));
        }
    }

    public Optional<Account> find(String username) {
        return repository.find(username);
    }

    public List<Account> all() {
        return repository.all();
    }

    /** Accounts of a role linked to an area (e.g. the grid workers of a grid). */
    public List<Account> inArea(AreaId area, Role role) {
        return repository.inArea(area, role);
    }

    public boolean isEmpty() {
        return repository.count() == 0;
    }

    /** Remembers the language the user chose. */
    public void rememberLocale(String username, Locale locale) {
        repository.updateLocale(username, locale);
    }

    /** For the sign-in check only: the account and its password hash. */
    Optional<AccountRepository.Credentials> credentials(String username) {
        return repository.credentials(username);
    }
}
