package org.oneform.sync.roster;

import java.util.Objects;

import org.oneform.sync.area.AreaId;

/** Persisted: the grid a subject is in and the ledger sequence of its record's last change. */
public record RosterEntry(AreaId grid, long seq) {

    public RosterEntry {
        Objects.requireNonNull(grid, "grid");
    }
}
