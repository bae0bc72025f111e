package org.oneform.app.i18n;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * The message bundles ({@code messages.properties} is Chinese, {@code messages_en.properties} English)
 * and the two languages OneForm speaks. Lookups never fall back to the JVM's default locale: a
 * Chinese user on a server whose default is English still sees Chinese.
 */
@Component
public class Languages implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final String COOKIE = "oneform-locale";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(CHINESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", supported(locale), NO_FALLBACK);
        try {
            String pattern = bundle.getString(key);
            return params.length == 0 ? pattern : new java.text.MessageFormat(pattern, bundle.getLocale()).format(params);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }

    /** English when asked for English, Chinese for anything else. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : CHINESE;
    }

    /** Parses a stored language tag; Chinese when absent or unknown. */
    public static Locale fromTag(String tag) {
        return tag == null || tag.isBlank() ? CHINESE : supported(Locale.forLanguageTag(tag));
    }

    /** The language to switch to from the given one. */
    public static Locale other(Locale locale) {
        return supported(locale).equals(ENGLISH) ? CHINESE : ENGLISH;
    }
}
