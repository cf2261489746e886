package kz.bagalau.methodology.application;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.bagalau.shared.infrastructure.Texts;

/**
 * The units indicators are measured in, as codes with a name in each language ({@code unit.<code>} in the
 * bundles), so "thousand m²" reads "мың м²", "тыс. м²" or "thousand m²" with the reader. A unit typed or
 * imported by its name in any language is stored as its code; a unit outside the glossary is kept as typed
 * and shown as typed.
 */
public final class UnitGlossary {

    public static final List<String> CODES = List.of("percent", "percent_of_plan", "count", "yes_no", "days",
            "persons", "mln_kzt", "thousand_kzt", "thousand_m2", "km", "hectares", "tonnes");

    private UnitGlossary() {
    }

    /** The stored form of a unit as typed: its glossary code when it names one (in any language), else as typed. */
    public static String codeOf(String typed) {
        if (typed == null) {
            return null;
        }
        String wanted = typed.strip();
        return find(wanted).orElse(wanted);
    }

    static Optional<String> find(String wanted) {
        for (String code : CODES) {
            if (code.equals(wanted)) {
                return Optional.of(code);
            }
            for (String language : Texts.LANGUAGES) {
                String name = Texts.get(Texts.localeOf(language), "unit." + code);
                if (name.equalsIgnoreCase(wanted) || name.replace(" ", "").equalsIgnoreCase(wanted.replace(" ", ""))) {
                    return Optional.of(code);
                }
            }
        }
        return Optional.empty();
    }

    /** The unit in {@code locale}: the glossary's name for a code, anything else as stored. */
    public static String nameOf(Locale locale, String unit) {
        return unit != null && CODES.contains(unit) ? Texts.get(locale, "unit." + unit) : unit;
    }

    /** Whether figures in this unit are whole numbers (counts, days, yes/no) rather than measured amounts. */
    public static boolean whole(String unit) {
        return List.of("count", "yes_no", "days", "persons").contains(unit);
    }
}
