package org.oneform.app.search;

import java.util.List;

/**
 * The answer to one search: the rows shown, how many matched in all, and what was wrong with the
 * request (then there are no rows).
 *
 * @param total    how many matched inside the scope; may exceed {@code rows.size()} (the screen shows the first
 *                 {@link RegistrySearch#MAX_RESULTS}); from {@value org.oneform.sync.search.SearchResult#EXACT_COUNT_UP_TO}
 *                 on a lower bound
 * @param problems empty unless the request was refused
 */
public record SearchOutcome(List<SearchRow> rows, long total, List<SearchRequest.Problem> problems) {

    public SearchOutcome {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    static SearchOutcome refused(List<SearchRequest.Problem> problems) {
        return new SearchOutcome(List.of(), 0, problems);
    }

    /** More matched than are shown. */
    public boolean capped() {
        return total > rows.size();
    }
}
