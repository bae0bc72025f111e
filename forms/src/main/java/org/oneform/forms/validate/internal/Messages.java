package org.oneform.forms.validate.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.oneform.forms.catalog.FieldDefinition;
import org.oneform.forms.validate.FieldError;

/** The message texts, from {@code org/oneform/forms/validate/messages*.properties}. */
public final class Messages {

    private static final String BUNDLE = "org.oneform.forms.validate.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ResourceBundle ZH = ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE, NO_FALLBACK);
    private static final ResourceBundle EN = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, NO_FALLBACK);

    private Messages() {
    }

    /** An error of {@code field} at {@code path} with code {@code code}; the label is argument {0}. */
    public static FieldError error(FieldDefinition field, String path, String code, Object... more) {
        return new FieldError(field.id(), path, code, format(ZH, code, field.labelZh(), more),
                format(EN, code, field.labelEn(), more));
    }

    private static String format(ResourceBundle bundle, String code, String label, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = label;
        System.arraycopy(more, 0, args, 1, more.length);
        String pattern;
        try {
            pattern = bundle.getString(code);
        } catch (MissingResourceException e) {
            pattern = bundle.getString("invalid");
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    /** A value for an id the form does not have; the id is argument {0}. */
    public static FieldError unknownField(String id, String path) {
        return new FieldError(id, path, "unknown-field", format(ZH, "unknown-field", id),
                format(EN, "unknown-field", id));
    }

    /** Whether a text exists for {@code code} in both languages. */
    public static boolean has(String code) {
        return ZH.containsKey(code) && EN.containsKey(code);
    }
}
