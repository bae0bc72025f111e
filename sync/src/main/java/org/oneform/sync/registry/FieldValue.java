package org.oneform.sync.registry;

import java.util.Objects;

/**
 * One field's value in a golden record, in its canonical text form (ISO dates, choice codes,
 * space-separated codes for multiple choice, {@code "lat lon"} for GPS), with its provenance.
 *
 * @param value      the canonical text
 * @param provenance who collected or last confirmed it, when, with which submission and form version
 * @param valueSeq   the ledger sequence that set this value (0 for the baseline): the value's version, which
 *                   a worker's edit names as its base. Collecting the same value again renews the provenance
 *                   (the value is fresh again) but not this.
 */
public record FieldValue(String value, Provenance provenance, long valueSeq) {

    public FieldValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(provenance, "provenance");
    }

    /** A value set by its provenance's ledger sequence. */
    public FieldValue(String value, Provenance provenance) {
        this(value, provenance, provenance.ledgerSeq());
    }

    /** The same value collected again: fresh provenance, same version. */
    public FieldValue confirmedBy(Provenance confirmation) {
        return new FieldValue(value, confirmation, valueSeq);
    }
}
