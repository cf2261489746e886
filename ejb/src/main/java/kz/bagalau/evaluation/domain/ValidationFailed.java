package kz.bagalau.evaluation.domain;

import java.util.List;
import kz.bagalau.shared.domain.RuleViolation;

/**
 * A submission or an upload that cannot be accepted, with every reason at once: the indicator (or cell) it
 * concerns and a message key with arguments for the user's language.
 */
public class ValidationFailed extends RuleViolation {

    private static final long serialVersionUID = 1L;

    /** One reason, located at an indicator code (or "" for the whole submission). */
    public record Problem(String where, String messageKey, List<String> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }

        public static Problem at(String where, String messageKey, Object... args) {
            return new Problem(where, messageKey, java.util.Arrays.stream(args).map(String::valueOf).toList());
        }
    }

    private final List<Problem> problems;

    public ValidationFailed(String messageKey, List<Problem> problems) {
        super(messageKey, problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
