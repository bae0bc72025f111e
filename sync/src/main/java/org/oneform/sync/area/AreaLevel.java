package org.oneform.sync.area;

/** The levels of the area tree, top down. */
public enum AreaLevel {
    DISTRICT,
    STREET,
    COMMUNITY,
    GRID;

    /** The level whose areas are children of this one; GRID has none. */
    public AreaLevel below() {
        return this == GRID ? null : values()[ordinal() + 1];
    }
}
