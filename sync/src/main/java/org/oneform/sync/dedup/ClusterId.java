package org.oneform.sync.dedup;

import java.util.Objects;

/** The caller's id of a cluster of records that are one person (in the registry: a golden record). */
public record ClusterId(String value) {

    public ClusterId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
