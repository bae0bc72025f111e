package org.oneform.forms.validate;

import java.util.Locale;
import java.util.Objects;

/**
 * One problem with one field of a filled form.
 *
 * @param fieldId   the field's id
 * @param path      where the value is: the id, or for a repeat group's child {@code group[row].child}
 *                  (rows from 0), e.g. {@code household.members[1].household.member_id_number}
 * @param code      a stable code, e.g. {@code required}, {@code id.checksum}, {@code choice}
 * @param messageZh the message in Chinese
 * @param messageEn the message in English
 */
public record FieldError(String fieldId, String path, String code, String messageZh, String messageEn) {

    public FieldError {
        Objects.requireNonNull(fieldId, "fieldId");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
    }

    public String message(Locale locale) {
        return "en".equals(locale.getLanguage()) ? messageEn : messageZh;
    }
}
