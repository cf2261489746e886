package kz.bagalau.registry.domain;

import java.util.Objects;
import java.util.regex.Pattern;
import kz.bagalau.shared.domain.LocalizedText;
import kz.bagalau.shared.domain.RuleViolation;

/** What an administrator states about a body: validated once here for the form, the API and the import. */
public record BodyDetails(String code, LocalizedText name, BodyType type, EvaluatorFunction evaluatorFunction,
                          String headName, String email) {

    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public BodyDetails {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (code == null || !CODE.matcher(code).matches()) {
            throw new RuleViolation("body.code.invalid", String.valueOf(code));
        }
        evaluatorFunction = evaluatorFunction == null ? EvaluatorFunction.NONE : evaluatorFunction;
        headName = blankToNull(headName);
        email = blankToNull(email);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new RuleViolation("body.email.invalid", email);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
