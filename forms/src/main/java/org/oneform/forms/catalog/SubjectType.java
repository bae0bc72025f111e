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
}
