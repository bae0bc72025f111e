package org.oneform.sync.registry;

import java.util.Objects;

/**
 * One field's value in a golden record, in its canonical text form (ISO dates, choice codes,
 * space-separated codes for multiple choice, {@code "lat lon"} for GPS), with its provenance.
 */
public record FieldValue(String value, Provenance provenance) {

    public FieldValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(provenance, "provenance");
    }
}
