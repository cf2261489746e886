package kz.bagalau.evaluation.domain;

/**
 * Why a conclusion that was already sent may be corrected now: an accepted appeal (¶59) or a re-check the
 * commission's working body opened (¶60). Both are the cycle's records; the cycle implements this.
 */
public interface CorrectionGrounds {

    /**
     * The reason the corrected version states, e.g. "¶59: …" with the commission's decision.
     *
     * @throws kz.bagalau.shared.domain.RuleViolation "conclusion.correct.undecided" while the appeal waits for
     *                                                its decision, "conclusion.sent.immutable" when nothing allows
     *                                                a correction
     */
    String reasonFor(DirectionEvaluation direction);
}
