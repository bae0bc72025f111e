package org.oneform.forms.xlsform;

import java.util.Objects;

import org.oneform.forms.catalog.FieldType;

/**
 * What became of one survey row.
 *
 * @param row      the spreadsheet row number on the survey sheet
 * @param name     the XLSForm {@code name}
 * @param xlsType  the XLSForm {@code type} as written
 * @param outcome  reused, new or skipped
 * @param fieldId  the catalog field the row maps to (existing or proposed), empty when skipped
 * @param type     the field's type, {@code null} when skipped
 * @param match    how an existing field was found; {@code null} unless reused
 * @param label    the row's label (Chinese if it has one)
 */
public record RowMapping(int row, String name, String xlsType, Outcome outcome, String fieldId, FieldType type,
                         Match match, String label) {

    /** What the row becomes. */
    public enum Outcome {
        /** An existing catalog field is requested instead of a new one. */
        REUSED,
        /** A new field is proposed with the draft request. */
        NEW,
        /** Metadata (start, end, deviceid…) or a group marker: no field. */
        SKIPPED
    }

    /** How a row was matched to an existing catalog field, strongest first. */
    public enum Match {
        /** The author said so: the {@code oneform_field} column or the mapping given at upload. */
        EXPLICIT,
        /** {@code <subject>.<name>} is a catalog id. */
        ID,
        /** The label equals a catalog field's Chinese or English label (ignoring case, blanks and end punctuation). */
        LABEL
    }

    public RowMapping {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(outcome, "outcome");
        fieldId = fieldId == null ? "" : fieldId;
        label = label == null ? "" : label;
    }
}
