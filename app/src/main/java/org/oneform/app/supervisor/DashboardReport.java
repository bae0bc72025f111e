package org.oneform.app.supervisor;

import java.util.List;

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
 * @param activity    worker activity in the street
 */
public record DashboardReport(Area street, Completion completion, List<CompletionRow> communities,
                              List<CompletionRow> grids, List<CompletionRow> workers, List<ActivityRow> activity) {

    public Tally total() {
        return completion.tally();
    }
}
