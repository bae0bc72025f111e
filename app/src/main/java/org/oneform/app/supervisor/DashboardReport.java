package org.oneform.app.supervisor;

import java.util.List;
import java.util.function.Supplier;

import org.oneform.sync.area.Area;
import org.oneform.sync.cycle.Completion;
import org.oneform.sync.cycle.Tally;

/**
 * Everything the dashboard shows for one cycle in one street.
 *
 * @param street      the street
 * @param completion  the computed completion (subjects, removed ones)
 * @param communities per community
 * @param grids       per grid (parent = community name)
 * @param workers     per worker who visited or is assigned (not-visited subjects count for the grid's workers)
 * @param activitySource worker activity in the street, computed when first asked ({@link #activity()}): the screen
 *                       shows it on request (docs/decisions/0041-dashboard-report-cached-by-applied-sequence.md)
 */
public record DashboardReport(Area street, Completion completion, List<CompletionRow> communities,
                              List<CompletionRow> grids, List<CompletionRow> workers,
                              Supplier<List<ActivityRow>> activitySource) {

    /** Worker activity in the street (computed on the first call). */
    public List<ActivityRow> activity() {
        return activitySource.get();
    }

    public Tally total() {
        return completion.tally();
    }
}
