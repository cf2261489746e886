package kz.bagalau.shared.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A figure as a person types it, read the one way they meant it or refused with the reason. Kazakh and
 * Russian write the decimal comma, English the decimal point; both marks are accepted in every language,
 * spaces may group thousands, and a grouping mark is accepted when the text shows it is one (1.234,5 or
 * 1,234.5; 1.234.567). What could be read two ways is refused, never guessed: a single mark that is not the
 * language's decimal mark followed by exactly three digits (12.500 in kk and ru, 12,500 in en). Exponents,
 * NaN and infinities are refused, and so is a figure with more digits than its field holds or more decimals
 * than its indicator is measured in: nothing is rounded or cut on the way in.
 */
public final class DecimalText {

    /** How many digits before and after the decimal mark a field holds. */
    public record Bounds(int integerDigits, int scale) {

        /** The reported figures' columns, numeric(18, 4). */
        public static final Bounds FIGURE = new Bounds(14, 4);
        /** Whole figures (counts, days, yes/no). */
        public static final Bounds WHOLE = new Bounds(14, 0);

        public Bounds {
            if (integerDigits < 1 || scale < 0) {
                throw new IllegalArgumentException("bounds " + integerDigits + "," + scale);
            }
        }
    }

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\s\\d{3})+");
    private static final Pattern NOT_FINITE = Pattern.compile("(?i)[+-]?(nan|inf|infinity|∞)");

    private DecimalText() {
    }

    /** The decimal mark of a language: the comma in Kazakh and Russian, the point otherwise. */
    public static char decimalMark(Locale locale) {
        String language = locale == null ? "kk" : locale.getLanguage();
        return "kk".equals(language) || "ru".equals(language) ? ',' : '.';
    }

    /**
     * The figure {@code typed} means, or null for a blank field.
     *
     * @param field the name of the field as the message shows it (a {@code label.} key or the indicator's code)
     * @throws RuleViolation naming the field and the text: number.invalid, number.ambiguous, number.exponent,
     *                       number.not-finite, number.too-large, number.too-precise
     */
    public static BigDecimal parse(String typed, Locale locale, Bounds bounds, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip().replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2212', '-');
        if (NOT_FINITE.matcher(text).matches()) {
            throw new RuleViolation("number.not-finite", field, typed.strip());
        }
        if (text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
            throw new RuleViolation("number.exponent", field, typed.strip());
        }
        String sign = "";
        if (text.startsWith("-") || text.startsWith("+")) {
            sign = text.startsWith("-") ? "-" : "";
            text = text.substring(1).strip();
        }
        String plain = normalise(text, decimalMark(locale), field, typed.strip());
        return check(new BigDecimal(sign + plain), bounds, field, typed.strip());
    }

    /**
     * A figure that arrives as a number (an Excel cell, a JSON number) against the same bounds.
     *
     * @throws RuleViolation number.too-large or number.too-precise
     */
    public static BigDecimal check(BigDecimal value, Bounds bounds, String field, String shown) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        int scale = Math.max(stripped.scale(), 0);
        int integerDigits = stripped.precision() - stripped.scale();
        if (integerDigits > bounds.integerDigits()) {
            throw new RuleViolation("number.too-large", field, shown, bounds.integerDigits());
        }
        if (scale > bounds.scale()) {
            throw new RuleViolation("number.too-precise", field, shown, bounds.scale());
        }
        return scale == 0 ? stripped.setScale(0) : stripped;
    }

    /** A stored figure as a person of {@code locale} reads and types it: no grouping, the language's mark. */
    public static String format(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        String plain = value.stripTrailingZeros().toPlainString();
        return decimalMark(locale) == ',' ? plain.replace('.', ',') : plain;
    }

    /** Digits with at most one '.' as the decimal point, from the text without its sign. */
    private static String normalise(String text, char mark, String field, String shown) {
        int commas = count(text, ',');
        int points = count(text, '.');
        String integer;
        String fraction;
        if (commas > 0 && points > 0) {
            char decimal = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
            char group = decimal == ',' ? '.' : ',';
            if (count(text, decimal) > 1) {
                throw new RuleViolation("number.invalid", field, shown);
            }
            int at = text.lastIndexOf(decimal);
            integer = ungroup(text.substring(0, at), group, field, shown);
            fraction = text.substring(at + 1);
        } else if (commas + points == 0) {
            integer = ungroup(text, ' ', field, shown);
            fraction = "";
        } else {
            char used = commas > 0 ? ',' : '.';
            int at = text.indexOf(used);
            if (commas + points > 1) {
                integer = ungroup(text, used, field, shown);
                fraction = "";
            } else {
                String after = text.substring(at + 1);
                if (used != mark && after.length() == 3 && DIGITS.matcher(after).matches()
                        && DIGITS.matcher(text.substring(0, at)).matches() && at > 0) {
                    throw new RuleViolation("number.ambiguous", field, shown,
                            text.substring(0, at) + after, text.substring(0, at) + mark + after);
                }
                integer = ungroup(text.substring(0, at), ' ', field, shown);
                fraction = after;
            }
        }
        if (integer.isEmpty() && fraction.isEmpty() || !fraction.isEmpty() && !DIGITS.matcher(fraction).matches()) {
            throw new RuleViolation("number.invalid", field, shown);
        }
        return (integer.isEmpty() ? "0" : integer) + (fraction.isEmpty() ? "" : "." + fraction);
    }

    /** The integer part without its grouping: groups of three after a first group of one to three digits. */
    private static String ungroup(String integer, char group, String field, String shown) {
        String text = integer.strip();
        if (text.isEmpty() || DIGITS.matcher(text).matches()) {
            return text;
        }
        String spaced = group == ' ' ? text : text.replace(group, ' ');
        if (!GROUPED.matcher(spaced).matches()) {
            throw new RuleViolation("number.invalid", field, shown);
        }
        return spaced.replaceAll("\\s", "");
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }
}
