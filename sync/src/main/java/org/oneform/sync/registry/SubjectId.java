package org.oneform.sync.registry;

import java.util.Objects;

/** A golden record's stable id, e.g. {@code R00012345} (resident), {@code H00001234}, {@code P00000123}. */
public record SubjectId(String value) {

    public SubjectId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("not a subject id: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
