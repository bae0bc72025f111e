package org.oneform.app.accounts;

/** What a signed-in user may do. Deny by default: every view and endpoint names the roles it admits. */
public enum Role {
    /** Runs the system: approves field requests, manages accounts and areas. */
    ADMIN,
    /** Department staff: request fields, pull their department's feed. */
    DEPARTMENT,
    /** Street supervisor (街道督导): completion and review for one street. */
    SUPERVISOR,
    /** Grid worker (网格员): collects in one or more grids. */
    GRID_WORKER;

    /** The Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
