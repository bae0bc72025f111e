package org.oneform.sync.intake;

/** The stable codes of refused submissions; clients branch on them, never on messages. */
public final class IntakeCodes {

    /** A field failed validation against the form version (the errors name each). */
    public static final String INVALID_VALUES = "invalid-values";
    /** No such version of the subject type's form was published. */
    public static final String UNKNOWN_FORM_VERSION = "unknown-form-version";
    /** The grid is not one of the worker's. */
    public static final String GRID_NOT_ASSIGNED = "grid-not-assigned";
    /** The subject id names no golden record of that type. */
    public static final String UNKNOWN_SUBJECT = "unknown-subject";
    /** The superseded submission was never received, is of another subject type, or is the submission itself. */
    public static final String UNKNOWN_SUPERSEDED = "unknown-superseded";
    /** The same id appears twice in one batch with different content. */
    public static final String ID_REPEATED_IN_BATCH = "id-repeated-in-batch";
    /** The submission is larger than {@link Intake#MAX_PAYLOAD_CHARS}. */
    public static final String TOO_LARGE = "submission-too-large";

    private IntakeCodes() {
    }
}
