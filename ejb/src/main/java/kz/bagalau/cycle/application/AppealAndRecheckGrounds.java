package kz.bagalau.cycle.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.bagalau.cycle.domain.Appeal;
import kz.bagalau.cycle.domain.CycleRepository;
import kz.bagalau.evaluation.domain.Conclusion;
import kz.bagalau.evaluation.domain.CorrectionGrounds;
import kz.bagalau.evaluation.domain.DirectionEvaluation;
import kz.bagalau.evaluation.domain.DirectionState;
import kz.bagalau.shared.domain.RuleViolation;

/**
 * Why a sent conclusion may be corrected: the accepted appeal's decision (¶59) while the direction is under
 * appeal, otherwise the working body's open re-check (¶60). Without either, a sent conclusion stays as sent.
 */
@ApplicationScoped
public class AppealAndRecheckGrounds implements CorrectionGrounds {

    @Inject
    private CycleRepository cycles;

    @Override
    public String reasonFor(DirectionEvaluation d) {
        if (d.state() == DirectionState.APPEALED) {
            Appeal a = cycles.findAppealOf(d.id()).orElseThrow(() -> new RuleViolation("conclusion.sent.immutable"));
            if (a.status() != Appeal.Status.ACCEPTED) {
                throw new RuleViolation("conclusion.correct.undecided", a.status().name());
            }
            return "¶59: " + a.decisionReason();
        }
        return cycles.openRecheckOf(d.id()).map(r -> Conclusion.RECHECK_PREFIX + " " + r.reason())
                .orElseThrow(() -> new RuleViolation("conclusion.sent.immutable"));
    }
}
