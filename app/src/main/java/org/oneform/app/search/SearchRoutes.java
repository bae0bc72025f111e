package org.oneform.app.search;

/** The search screen's route (检索), also linked from the supervisor's and admin's navigation. */
public final class SearchRoutes {

    public static final String SEARCH = "search";

    private SearchRoutes() {
    }
}
