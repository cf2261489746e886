package kz.bagalau.evaluation.application;

import java.util.Map;

/**
 * Lays out an official document from a layout and its data: the conclusion PDF a body receives (¶47, ¶50).
 * The layout is the ministry's; which engine draws it is infrastructure's business.
 */
public interface DocumentRenderer {

    /** @throws kz.bagalau.shared.domain.RuleViolation "template.syntax" or "template.render" with the reason */
    byte[] render(String layout, Map<String, Object> model);

    /** Checks a layout on sample data before it is saved; refuses it with the reason if it cannot be drawn. */
    void validate(String layout, Map<String, Object> sample);
}
