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

    /** The namespace of field names that messages may take as arguments. */
    public static final String LABEL = "label.";

    private Texts() {
    }

    public static ResourceBundle bundle(Locale locale) {
        Locale supported = LANGUAGES.contains(locale.getLanguage()) ? Locale.forLanguageTag(locale.getLanguage())
                : DEFAULT;
        return ResourceBundle.getBundle(BUNDLE, supported, Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * The message {@code key} in {@code locale} with its arguments; an argument that is itself a key of the
     * {@code label.} namespace (the name of a field, as the domain refers to it) is put in the same language.
     */
    public static String get(Locale locale, String key, Object... args) {
        try {
            ResourceBundle bundle = bundle(locale);
            String pattern = bundle.getString(key);
            if (args.length == 0) {
                return pattern;
            }
            Object[] shown = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                shown[i] = args[i] instanceof String s && s.startsWith(LABEL) && bundle.containsKey(s)
                        ? bundle.getString(s) : args[i];
            }
            return new MessageFormat(pattern, locale).format(shown);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    /**
     * The label of a code ({@code prefix + code}, such as an audit action or a role) in {@code locale}, or the
     * code itself when the bundle names no such code: a record written by an older version still shows.
     */
    public static String labelOf(Locale locale, String prefix, String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        ResourceBundle bundle = bundle(locale);
        return bundle.containsKey(prefix + code) ? bundle.getString(prefix + code) : code;
    }

    public static Locale localeOf(String language) {
        return LANGUAGES.contains(language) ? Locale.forLanguageTag(language) : DEFAULT;
    }
}
