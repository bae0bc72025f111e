package org.oneform.forms.department;

import java.util.Objects;

/**
 * A department that requests fields. Names are kept in Chinese and English because they are data
 * shown in both languages, not user-interface strings.
 *
 * @param code    stable code
 * @param nameZh  official Chinese name, e.g. 民政局
 * @param nameEn  English name, e.g. Civil Affairs Bureau
 */
public record Department(DepartmentCode code, String nameZh, String nameEn) {

    public Department {
        Objects.requireNonNull(code, "code");
        if (nameZh == null || nameZh.isBlank()) {
            throw new IllegalArgumentException("department " + code + " needs a Chinese name");
        }
        if (nameEn == null || nameEn.isBlank()) {
            throw new IllegalArgumentException("department " + code + " needs an English name");
        }
    }

    /** The name in the given language: Chinese unless the language is English. */
    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
