package org.oneform.forms.catalog;

/** The three kinds of subject a grid worker visits and the one form is compiled for. */
public enum SubjectType {
    RESIDENT("resident"),
    HOUSEHOLD("household"),
    PLACE("place");

    private final String key;

    SubjectType(String key) {
        this.key = key;
    }

    /** The lower-case key used in field ids ({@code resident.phone}) and URLs. */
    public String key() {
        return key;
    }

    /** The type whose {@link #key()} is {@code key}, e.g. {@code resident}. */
    public static SubjectType ofKey(String key) {
        for (SubjectType type : values()) {
            if (type.key.equals(key)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown subject type: " + key);
    }
}
