package kz.bagalau.registry.domain;

/**
 * Whether a body is also an authorised evaluator (¶10): the state planning body evaluates direction 1, the
 * budget execution body direction 3. Both are evaluated themselves by the akim's apparatus (¶22, ¶29).
 */
public enum EvaluatorFunction {
    NONE,
    STATE_PLANNING,
    BUDGET_EXECUTION
}
