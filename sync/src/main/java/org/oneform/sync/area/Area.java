package org.oneform.sync.area;

import java.util.Objects;

/**
 * One node of the area tree.
 *
 * @param id     dotted path id; its depth matches the level
 * @param level  district, street, community or grid
 * @param name   official Chinese name (data, shown as is in both languages), e.g. 翠苑街道
 * @param parent the enclosing area, null for a district
 */
public record Area(AreaId id, AreaLevel level, String name, AreaId parent) {

    public Area {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("area " + id + " needs a name");
        }
        if (id.depth() != level.ordinal()) {
            throw new IllegalArgumentException("area " + id + " is at depth " + id.depth() + ", not a " + level);
        }
        if ((parent == null) != (level == AreaLevel.DISTRICT) || (parent != null && !id.isWithin(parent))) {
            throw new IllegalArgumentException("area " + id + " has a wrong parent " + parent);
        }
    }
}
