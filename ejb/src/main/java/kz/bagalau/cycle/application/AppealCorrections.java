package kz.bagalau.cycle.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import kz.bagalau.cycle.domain.Appeal;
import kz.bagalau.cycle.domain.CycleRepository;
import kz.bagalau.shared.event.ConclusionSent;

/**
 * ¶59: a corrected conclusion sent while an accepted appeal waits for it answers that appeal. Listens inside
 * the sending transaction, so the conclusion and the appeal's answer commit together or not at all.
 */
@ApplicationScoped
public class AppealCorrections {

    @Inject
    private CycleRepository cycles;

    void answerAcceptedAppeal(@Observes ConclusionSent sent) {
        if (sent.version() == 1) {
            return;
        }
        cycles.findAppealOf(sent.directionEvaluationId())
                .filter(a -> a.status() == Appeal.Status.ACCEPTED && a.isPending())
                .ifPresent(a -> a.answerWithCorrection(sent.conclusionId()));
    }
}
