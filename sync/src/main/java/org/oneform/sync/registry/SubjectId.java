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

    /** Subject ids per shelf (see {@link #shelf()}). */
    public static final int SHELF = 1024;

    /**
     * The shelf this id is kept on in persisted maps that must not be stored whole on every change: its type
     * letter and its number divided by {@value #SHELF} (so records made one after another share a shelf and a
     * step of new records touches one or two), other ids by hash. See {@code RegistryData}.
     */
    public String shelf() {
        int digits = 0;
        while (digits < value.length() - 1 && Character.isDigit(value.charAt(value.length() - 1 - digits))) {
            digits++;
        }
        if (digits > 0 && digits <= 18 && value.length() - digits == 1) {
            return value.charAt(0) + Long.toString(Long.parseLong(value.substring(1)) / SHELF);
        }
        return "#" + Math.floorMod(value.hashCode(), 256);
    }

    @Override
    public String toString() {
        return value;
    }
}
