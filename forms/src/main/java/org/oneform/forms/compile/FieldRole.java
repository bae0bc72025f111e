package org.oneform.forms.compile;

/** Why a field is in the one form. */
public enum FieldRole {
    /** At least one department requested it (or the repeat group it belongs to). */
    REQUESTED,
    /**
     * Nobody requested it, but a requested field's relevance, constraint, required condition or
     * calculation, or a requester's population filter, needs its value (e.g. {@code resident.birth_date}
     * for {@code age(${resident.birth_date}) >= 60}). It is collected but delivered to no department.
     */
    SUPPORTING
}
