package kz.bagalau.registry.domain;

import java.util.Objects;
import java.util.regex.Pattern;
import kz.bagalau.shared.domain.LocalizedText;
import kz.bagalau.shared.domain.PlainText;
import kz.bagalau.shared.domain.RuleViolation;

/** What an administrator states about a body: validated once here for the form, the API and the import. */
public record BodyDetails(String code, LocalizedText name, BodyType type, EvaluatorFunction evaluatorFunction,
                          String headName, String email) {

    /** A code is up to 20 capital Latin letters, digits, "_" and "-": short, unambiguous, the same in every language. */
    public static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,19}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public BodyDetails {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (code == null || !CODE.matcher(code).matches()) {
            throw new RuleViolation("body.code.invalid", shown(code));
        }
        evaluatorFunction = evaluatorFunction == null ? EvaluatorFunction.NONE : evaluatorFunction;
        headName = PlainText.check(headName, 200, "label.body.headName");
        email = PlainText.check(email, 200, "label.body.email");
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new RuleViolation("body.email.invalid", email);
        }
    }

    /** A refused code as the message shows it: a pasted page of text is shown by its start only. */
    private static String shown(String code) {
        String text = String.valueOf(code);
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
