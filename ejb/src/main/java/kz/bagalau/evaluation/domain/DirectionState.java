package kz.bagalau.evaluation.domain;

/**
 * Where one body's direction stands in its evaluation (¶41-¶46): reported, evaluated, concluded, appealed
 * and final. What happens to the final results afterwards (the general evaluation, the commission, the
 * akim's report, publication) is the yearly cycle's, which tracks it region-wide.
 *
 * <p>Each state carries its place in the evaluation's progression explicitly, so comparing states never
 * depends on the order in which they are declared.
 */
public enum DirectionState {
    DRAFT(1),
    SUBMITTED(2),
    UNDER_EVALUATION(3),
    CONCLUSION_SENT(4),
    APPEALED(5),
    FINAL(6);

    private final int progress;

    DirectionState(int progress) {
        this.progress = progress;
    }

    /** Whether the body may still change its reported values (¶41: until it submits). */
    public boolean editableByBody() {
        return this == DRAFT;
    }

    /** Whether the evaluator is checking the figures: verification, scoring and a conclusion draft (¶42-¶47). */
    public boolean inEvaluation() {
        return this == SUBMITTED || this == UNDER_EVALUATION;
    }

    /** Whether the evaluator may re-verify and rescore: in evaluation, or under an appeal's re-check (¶57-¶59). */
    public boolean underReview() {
        return inEvaluation() || this == APPEALED;
    }

    /** Whether the body has received a conclusion for this direction (¶45-2). */
    public boolean concluded() {
        return this == CONCLUSION_SENT || this == APPEALED || this == FINAL;
    }

    /** Whether this state comes earlier in the evaluation than {@code other}. */
    public boolean isBehind(DirectionState other) {
        return progress < other.progress;
    }
}
