package org.oneform.sync.cycle;

import java.time.Instant;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.SubjectId;

/**
 * One subject a cycle expects, with where it stands.
 *
 * @param id        the golden record
 * @param type      its subject type
 * @param grid      the grid it is in now
 * @param status    done, in review, returned or not visited
 * @param worker    who visited it last in the window; null when nobody did
 * @param visitedAt when that visit was received; null when nobody did
 * @param added     whether it entered the cycle's areas during the window (a new record, a move in, a split)
 * @param overdue   not done and the due date has passed
 */
public record ExpectedSubject(SubjectId id, SubjectType type, AreaId grid, SubjectStatus status, String worker,
                              Instant visitedAt, boolean added, boolean overdue) {
}
