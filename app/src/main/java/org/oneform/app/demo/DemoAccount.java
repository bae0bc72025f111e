package org.oneform.app.demo;

import java.util.List;
import java.util.Objects;

import org.oneform.app.accounts.Role;
import org.oneform.forms.department.DepartmentCode;
import org.oneform.sync.area.AreaId;

/**
 * A demo account to create (the seeder adds the password).
 *
 * @param department the department of a DEPARTMENT account, otherwise null
 * @param areas      the street of a supervisor, the grid of a grid worker; empty for admin and
 *                   department accounts, which are not scoped by area
 */
public record DemoAccount(String username, String displayName, Role role, DepartmentCode department,
                          List<AreaId> areas) {

    public DemoAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        areas = List.copyOf(areas);
    }
}
