package kz.bagalau.evaluation.domain;

/**
 * The evaluator's re-check of a reported value (¶42): accepted as reported, corrected (with a reason; the
 * corrected value is scored), or rejected (with a reason; the indicator earns nothing).
 */
public enum Verification {
    PENDING,
    ACCEPTED,
    CORRECTED,
    REJECTED
}
