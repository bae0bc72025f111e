package org.oneform.app.shell;

import org.oneform.app.accounts.Role;

/** The home route of each role; the single place that knows them. */
public final class HomeRoutes {

    public static final String ADMIN = "admin";
    public static final String DEPARTMENT = "department";
    public static final String SUPERVISOR = "supervisor";
    public static final String GRID_WORKER = "worker";

    private HomeRoutes() {
    }

    public static String of(Role role) {
        return switch (role) {
            case ADMIN -> ADMIN;
            case DEPARTMENT -> DEPARTMENT;
            case SUPERVISOR -> SUPERVISOR;
            case GRID_WORKER -> GRID_WORKER;
        };
    }

    /** The message key of the role's home title. */
    public static String titleKey(Role role) {
        return "home." + of(role) + ".title";
    }
}
