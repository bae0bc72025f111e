package org.oneform.sync.roster;

import java.util.HashMap;
import java.util.Map;

import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.SubjectId;

/** Persisted holder of the roster log; each grid's maps are stored on their own. */
public final class RosterLogData {

    /** Per grid: subject → the sequence of its record's last change, for subjects in the grid. */
    final Map<AreaId, HashMap<SubjectId, Long>> changed = new HashMap<>();

    /** Per grid: subject → the sequence at which it left the grid, for subjects no longer in it. */
    final Map<AreaId, HashMap<SubjectId, Long>> left = new HashMap<>();
}
