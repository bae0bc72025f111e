package org.oneform.sync.dedup;

import java.util.Objects;

/** The caller's id of one person record (a submission's subject, a CSV row). */
public record RecordId(String value) {

    public RecordId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
