package org.oneform.app.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.oneform.forms.department.DepartmentCode;
import org.oneform.sync.area.AreaId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL access to accounts; package-private, used through {@link Accounts}. */
@Repository
class AccountRepository {

    record Credentials(Account account, String passwordHash) {
    }

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(NewAccount account, String passwordHash) {
        jdbc.sql("""
                INSERT INTO account (username, display_name, password_hash, role, department_code, created_at)
                VALUES (:username, :displayName, :hash, :role, :department, :createdAt)""")
                .param("username", account.username())
                .param("displayName", account.displayName())
                .param("hash", passwordHash)
                .param("role", account.role().name())
                .param("department", account.department() == null ? null : account.department().value())
                .param("createdAt", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        for (AreaId area : account.areas()) {
            jdbc.sql("INSERT INTO account_area (username, area_id) VALUES (?, ?)")
                    .params(account.username(), area.value()).update();
        }
    }

    Optional<Credentials> credentials(String username) {
        return jdbc.sql("SELECT * FROM account WHERE username = ?").param(username)
                .query((rs, n) -> new Credentials(account(rs), rs.getString("password_hash")))
                .optional();
    }

    Optional<Account> find(String username) {
        return credentials(username).map(Credentials::account);
    }

    List<Account> all() {
        return jdbc.sql("SELECT * FROM account ORDER BY role, username").query((rs, n) -> account(rs)).list();
    }

    List<Account> inArea(AreaId area, Role role) {
        return jdbc.sql("""
                SELECT a.* FROM account a JOIN account_area aa ON aa.username = a.username
                WHERE aa.area_id = ? AND a.role = ? ORDER BY a.username""")
                .params(area.value(), role.name()).query((rs, n) -> account(rs)).list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single();
    }

    void updateLocale(String username, Locale locale) {
        jdbc.sql("UPDATE account SET locale = ? WHERE username = ?").params(locale.toLanguageTag(), username).update();
    }

    private Account account(ResultSet rs) throws SQLException {
        String username = rs.getString("username");
        String department = rs.getString("department_code");
        String locale = rs.getString("locale");
        return new Account(username, rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                department == null ? null : new DepartmentCode(department), areas(username),
                locale == null ? null : Locale.forLanguageTag(locale), rs.getBoolean("enabled"));
    }

    private List<AreaId> areas(String username) {
        return new ArrayList<>(jdbc.sql("SELECT area_id FROM account_area WHERE username = ? ORDER BY area_id")
                .param(username).query((rs, n) -> new AreaId(rs.getString(1))).list());
    }
}
