package org.oneform.sync.cycle;

import java.util.Set;

import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.SubjectId;

/**
 * Which subjects have a submission that a supervisor returned to its worker and that was not redone yet.
 * The review feature's {@code Returns} provides it; completion only counts them.
 */
@FunctionalInterface
public interface ReturnedSubmissions {

    /** The subjects inside {@code scope} (a grid, community or street) whose submission stands returned. */
    Set<SubjectId> returnedIn(AreaId scope);
}
