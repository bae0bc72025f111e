package org.oneform.sync.cycle;

import java.util.Objects;

/** A collection cycle's stable id, e.g. {@code C0003}. */
public record CycleId(String value) {

    public CycleId {
        Objects.requireNonNull(value, "value");
        if (!value.matches("C[0-9]{4,9}")) {
            throw new IllegalArgumentException("not a cycle id: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
