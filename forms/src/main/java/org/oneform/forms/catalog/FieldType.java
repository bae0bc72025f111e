package org.oneform.forms.catalog;

import java.util.Locale;

/** The type of a catalog field: what a value looks like and how the tablet asks for it. */
public enum FieldType {
    TEXT,
    INTEGER,
    DECIMAL,
    DATE,
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    /** {@code yes} or {@code no}: the values a filter such as {@code ${resident.disability} = 'yes'} compares with. */
    YES_NO,
    /** A resident identity card number, validated and normalised by {@link org.oneform.forms.values.IdNumber}. */
    ID_NUMBER,
    /** A phone number in mainland China, validated and normalised by {@link org.oneform.forms.values.Phone}. */
    PHONE,
    ADDRESS,
    /** A point, stored as {@code "lat lon"} in decimal degrees; see {@link org.oneform.forms.values.GeoPoint}. */
    GPS,
    /** An attachment: the value is the photo's content hash. */
    PHOTO,
    /** Text shown to the grid worker; holds no value. */
    NOTE,
    /** Rows of child fields, e.g. household members; the value is a list of maps child id → value. */
    REPEAT_GROUP;

    /** The lower-case key used in form JSON and XLSForm mapping, e.g. {@code single_choice}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether values are codes from the field's choice list. */
    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    /** Whether the grid worker enters a value (everything but a note). */
    public boolean holdsValue() {
        return this != NOTE;
    }

    /** The type whose {@link #key()} is {@code key}. */
    public static FieldType ofKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
