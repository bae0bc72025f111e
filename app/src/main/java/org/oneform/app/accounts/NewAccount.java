package org.oneform.app.accounts;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.oneform.forms.department.DepartmentCode;
import org.oneform.sync.area.AreaId;

/** What it takes to create an account; the password is hashed before it is stored. */
public record NewAccount(String username, String displayName, Role role, DepartmentCode department,
                         List<AreaId> areas, String password) {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");

    public NewAccount {
        Objects.requireNonNull(role, "role");
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("user name must match " + USERNAME + ": " + username);
        }
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("account " + username + " needs a display name");
        }
        if ((role == Role.DEPARTMENT) != (department != null)) {
            throw new IllegalArgumentException("only department staff, and all of them, belong to a department: " + username);
        }
        if (password == null || password.length() < 8) {
            throw new IllegalArgumentException("password of " + username + " must have at least 8 characters");
        }
        areas = List.copyOf(areas);
    }
}
