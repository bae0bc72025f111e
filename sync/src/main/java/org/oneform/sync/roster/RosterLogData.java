package org.oneform.sync.roster;

import java.util.HashMap;
import java.util.Map;

import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.SubjectId;

/**
 * Persisted holder of the roster log. The last change of every subject is kept on shelves by subject id
 * ({@link SubjectId#shelf()}), so an apply step stores one or two small maps rather than each touched grid's
 * whole map (which grows with the grid and made every step cost as much as the registry was large; see
 * docs/decisions/0005-intake-ledger-and-apply-loop.md, item 9 "Shelves").
 */
public final class RosterLogData {

    /**
     * The layout before compact shelves: per shelf, subject → its grid and the sequence of its record's last change.
     * Moved into {@link #entries} on open, then emptied; kept so that stores written before decision 0042 open.
     */
    HashMap<String, HashMap<SubjectId, RosterEntry>> shelves = new HashMap<>();

    /**
     * Per shelf: the subjects' grids and last-change sequences as one appended byte array ({@code RosterShelfCodec}),
     * one persisted object per shelf (docs/decisions/0042-compact-registry-records-and-a-start-without-scans.md).
     * Null in a store written before.
     */
    HashMap<String, byte[]> entries = new HashMap<>();

    /** Per grid: subject → the sequence at which it left the grid, for subjects no longer in it (moves are rare). */
    final Map<AreaId, HashMap<SubjectId, Long>> left = new HashMap<>();

    /** Per grid: subject → the sequence of its last change. Not persisted: built from {@link #entries} on open. */
    transient Map<AreaId, HashMap<SubjectId, Long>> changed;
}
