package kz.bagalau.shared.infrastructure;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The portal's texts from the {@code i18n/messages} bundles in kk, ru and en (the same bundle JSF pages use as
 * {@code msg}). No fallback between languages: a key missing in one language is a defect the bundle test
 * catches, not something to paper over with another language.
 */
public final class Texts {

    public static final String BUNDLE = "i18n.messages";
    public static final List<String> LANGUAGES = List.of("kk", "ru", "en");
    public static final Locale DEFAULT = Locale.forLanguageTag("kk");

    private Texts() {
    }

    public static ResourceBundle bundle(Locale locale) {
        Locale supported = LANGUAGES.contains(locale.getLanguage()) ? Locale.forLanguageTag(locale.getLanguage())
                : DEFAULT;
        return ResourceBundle.getBundle(BUNDLE, supported, Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static String get(Locale locale, String key, Object... args) {
        try {
            String pattern = bundle(locale).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    public static Locale localeOf(String language) {
        return LANGUAGES.contains(language) ? Locale.forLanguageTag(language) : DEFAULT;
    }
}
