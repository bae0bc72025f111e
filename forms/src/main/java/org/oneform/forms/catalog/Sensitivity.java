package org.oneform.forms.catalog;

/**
 * How sensitive a field's values are (DESIGN.md §8): what may be shown, masked or encrypted at rest.
 */
public enum Sensitivity {
    /** Not about a person, or public anyway: a shop's name, a building's structure. */
    PUBLIC,
    /** Personal information under PIPL: a name, a phone number, an address. */
    PERSONAL,
    /** Sensitive personal information under PIPL art. 28: ID numbers, health, disability, income, minors. */
    SENSITIVE
}
