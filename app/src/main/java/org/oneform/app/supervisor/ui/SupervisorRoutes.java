package org.oneform.app.supervisor.ui;

/** The supervisor screens' routes (also linked from the navigation). */
final class SupervisorRoutes {

    static final String CYCLES = "supervisor/cycles";
    static final String DASHBOARD = "supervisor/dashboard";
    static final String REVIEW = "supervisor/review";

    private SupervisorRoutes() {
    }
}
