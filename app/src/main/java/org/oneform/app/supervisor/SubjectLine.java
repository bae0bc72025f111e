package org.oneform.app.supervisor;

import java.time.Instant;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.cycle.SubjectStatus;

/**
 * One expected subject as the drill-down and the export list it: no ID number, no phone.
 *
 * @param id        the golden record id
 * @param type      resident, household or place
 * @param grid      its grid's name
 * @param label     a name or address that lets a worker find it (resident name, household or place address)
 * @param status    where it stands
 * @param worker    who visited it, or the grid's workers when nobody did
 * @param visitedAt when it was visited, or null
 * @param added     entered the cycle's areas mid-cycle
 * @param overdue   not done after the due date
 */
public record SubjectLine(String id, SubjectType type, String grid, String label, SubjectStatus status, String worker,
                          Instant visitedAt, boolean added, boolean overdue) {
}
