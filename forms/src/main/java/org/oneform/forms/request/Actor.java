package org.oneform.forms.request;

import java.util.Objects;

import org.oneform.forms.department.DepartmentCode;

/**
 * Who does something to a request, as the application's security layer tells this module.
 *
 * @param username   the account name, recorded in the history
 * @param admin      whether the account has the ADMIN role (may approve and reject)
 * @param department the department the account acts for, or {@code null} (an admin needs none)
 */
public record Actor(String username, boolean admin, DepartmentCode department) {

    public Actor {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("an actor needs a username");
        }
    }

    public static Actor admin(String username) {
        return new Actor(username, true, null);
    }

    public static Actor staff(String username, DepartmentCode department) {
        return new Actor(username, false, Objects.requireNonNull(department, "department"));
    }

    /** Whether this actor may edit, submit or withdraw requests of {@code owner}: its staff or an admin. */
    public boolean actsFor(DepartmentCode owner) {
        return admin || owner.equals(department);
    }
}
