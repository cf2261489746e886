package kz.bagalau.shared.domain;

import java.util.List;

/**
 * An action the Rules or the portal's invariants do not allow. Carries a message key (translated in the
 * user's language by the web layer) and its arguments, so the refusal reads the same in kk, ru and en.
 */
public class RuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final List<String> arguments;

    public RuleViolation(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + java.util.Arrays.asList(arguments)));
        this.messageKey = messageKey;
        this.arguments = java.util.Arrays.stream(arguments).map(String::valueOf).toList();
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> arguments() {
        return arguments;
    }
}
