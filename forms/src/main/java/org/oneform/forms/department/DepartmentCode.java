package org.oneform.forms.department;

import java.util.Objects;
import java.util.regex.Pattern;

/** A department's stable code, e.g. {@code civil-affairs}. Lower-case letters, digits and dashes. */
public record DepartmentCode(String value) {

    private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    public DepartmentCode {
        Objects.requireNonNull(value, "value");
        if (!VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("department code must match " + VALID + ": " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
