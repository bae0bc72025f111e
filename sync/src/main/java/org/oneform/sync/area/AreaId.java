package org.oneform.sync.area;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An area's stable id: a dotted path of codes from the district down, e.g. {@code 330110.001.002.03}
 * (district 330110, street 001, community 002, grid 03). The path makes "is this grid in that
 * street" a prefix test.
 */
public record AreaId(String value) {

    private static final Pattern VALID = Pattern.compile("[0-9A-Za-z]+(\\.[0-9A-Za-z]+){0,3}");

    public AreaId {
        Objects.requireNonNull(value, "value");
        if (!VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("not an area id: " + value);
        }
    }

    /** True when this area is {@code other} or lies inside it. */
    public boolean isWithin(AreaId other) {
        return value.equals(other.value) || value.startsWith(other.value + ".");
    }

    /** The id of a child area with the given code. */
    public AreaId child(String code) {
        return new AreaId(value + "." + code);
    }

    public int depth() {
        return (int) value.chars().filter(c -> c == '.').count();
    }

    @Override
    public String toString() {
        return value;
    }
}
