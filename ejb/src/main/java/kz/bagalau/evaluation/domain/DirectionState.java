package kz.bagalau.evaluation.domain;

/**
 * Where one body's direction stands in the yearly cycle (¶7): reported, evaluated, concluded, appealed, final
 * and then carried through the general evaluation, the commission, the akim's report and publication.
 */
public enum DirectionState {
    DRAFT,
    SUBMITTED,
    UNDER_EVALUATION,
    CONCLUSION_SENT,
    APPEALED,
    FINAL,
    INCLUDED,
    COMMISSION_CONCLUDED,
    REPORTED,
    PUBLISHED;

    /** Whether the body may still change its reported values. */
    public boolean editableByBody() {
        return this == DRAFT;
    }

    /** Whether the evaluator may still verify values and rescore. */
    public boolean inEvaluation() {
        return this == SUBMITTED || this == UNDER_EVALUATION;
    }

    /** Whether the body has received a conclusion for this direction. */
    public boolean concluded() {
        return ordinal() >= CONCLUSION_SENT.ordinal();
    }
}
