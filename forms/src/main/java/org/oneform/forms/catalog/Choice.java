package org.oneform.forms.catalog;

import java.util.Locale;
import java.util.Objects;

/**
 * One option of a choice field.
 *
 * @param code    the stored value; no blanks (a multiple choice is its codes joined by spaces)
 * @param labelZh the Chinese label shown to grid workers
 * @param labelEn the English label
 */
public record Choice(String code, String labelZh, String labelEn) {

    public Choice {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(labelZh, "labelZh");
        Objects.requireNonNull(labelEn, "labelEn");
    }

    /** The label in the given language: Chinese unless the language is English. */
    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelZh;
    }
}
