package kz.bagalau.evaluation.application;

import java.util.Map;
import kz.bagalau.evaluation.domain.LayoutKind;

/**
 * Lays out an official document from a layout and its data: the conclusion PDF a body receives (¶47, ¶50).
 * The layout is the ministry's; which engine draws it is infrastructure's business.
 */
public interface DocumentRenderer {

    /**
     * Lays out a document of the kind, its layout held to that kind's variables.
     * @throws kz.bagalau.shared.domain.RuleViolation "template.syntax" or "template.render" with the reason
     */
    byte[] render(LayoutKind kind, String layout, Map<String, Object> model);

    /** A direction's conclusion (¶47). */
    default byte[] render(String layout, Map<String, Object> model) {
        return render(LayoutKind.DIRECTION_CONCLUSION, layout, model);
    }

    /** Checks a direction conclusion's layout on sample data (see the next method). */
    default void validate(String layout, Map<String, Object> sample) {
        validate(LayoutKind.DIRECTION_CONCLUSION, layout, sample);
    }

    /** Checks a layout of the kind on sample data before it is saved; refuses it with the reason if it cannot be drawn. */
    default void validate(LayoutKind kind, String layout, Map<String, Object> sample) {
        render(kind, layout, sample);
    }
}
