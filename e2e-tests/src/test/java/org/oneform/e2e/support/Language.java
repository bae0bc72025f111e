package org.oneform.e2e.support;

/** The two languages OneForm speaks; Chinese is the default. */
public enum Language {
    CHINESE, ENGLISH;

    public Language other() {
        return this == CHINESE ? ENGLISH : CHINESE;
    }
}
