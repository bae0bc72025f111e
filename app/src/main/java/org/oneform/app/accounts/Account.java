package org.oneform.app.accounts;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.oneform.forms.department.DepartmentCode;
import org.oneform.sync.area.AreaId;

/**
 * A stored account, without its password hash.
 *
 * @param department set for department staff only
 * @param areas      grids of a grid worker, the street of a supervisor; empty for others
 * @param locale     the language the user chose, or null for the default (zh-CN)
 */
public record Account(String username, String displayName, Role role, DepartmentCode department,
                      List<AreaId> areas, Locale locale, boolean enabled) {

    public Account {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        areas = List.copyOf(areas);
    }
}
