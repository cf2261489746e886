package kz.bagalau.evaluation.application;

import kz.bagalau.evaluation.domain.DirectionEvaluation;

/**
 * What a direction's state allows, as its aggregate answers it, so that pages ask "may this be done now?"
 * instead of comparing state names. The services check the same rules again, and who may act (the body,
 * the direction's evaluator) is theirs to decide.
 */
public record DirectionActions(boolean report, boolean verify, boolean score, boolean reopen, boolean conclude,
                               boolean finalise, boolean appeal) {

    static DirectionActions of(DirectionEvaluation d) {
        return new DirectionActions(d.canReport(), d.canVerify(), d.canScore(), d.canReopen(), d.canDraftConclusion(),
                d.canFinalise(), d.canAppeal());
    }
}
