package kz.bagalau.methodology.domain;

/** The kinds of scoring rule real methodologies use. */
public enum RuleType {
    /** Actual against target, capped at 100 %. */
    RATIO,
    /** Thresholds → share of the points. */
    BANDS,
    /** Yes or no. */
    YES_NO,
    /** Points off per violation, down to a floor. */
    PENALTY,
    /** A free formula over the indicator's inputs, evaluated safely. */
    FORMULA
}
