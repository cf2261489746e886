package kz.bagalau.shared.domain;

/**
 * The rules every text a person enters follows, wherever it comes from (a form, an upload, the API): no
 * control characters (NUL and the like; line breaks and tabs are text), and no longer than its field holds.
 * Too long is refused, never cut: what is stored is what was typed. Emoji and right-to-left text are text.
 */
public final class PlainText {

    private PlainText() {
    }

    /** Control characters other than line breaks and tabs, or half of a surrogate pair (no character at all). */
    public static boolean hasControlCharacters(String text) {
        return text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'
                || Character.isSurrogate((char) c) && c <= Character.MAX_VALUE);
    }

    /**
     * The text, stripped, or null when blank.
     *
     * @param field the message key naming the field in the user's language
     * @throws RuleViolation "text.control" or "text.too-long" naming the field (and the maximum)
     */
    public static String check(String text, int maxLength, String field) {
        if (text == null) {
            return null;
        }
        if (hasControlCharacters(text)) {
            throw new RuleViolation("text.control.field", field);
        }
        String stripped = text.strip();
        if (stripped.codePointCount(0, stripped.length()) > maxLength) {
            throw new RuleViolation("text.too-long", field, maxLength, stripped.codePointCount(0, stripped.length()));
        }
        return stripped.isEmpty() ? null : stripped;
    }
}
