package kz.bagalau.cycle.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import kz.bagalau.evaluation.domain.EvaluationRepository;
import kz.bagalau.identity.application.RegionUsers;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.shared.event.AkimReportSent;
import kz.bagalau.shared.event.AppealDecided;
import kz.bagalau.shared.event.AppealFiled;
import kz.bagalau.shared.event.CommissionConcluded;
import kz.bagalau.shared.event.ExpertInvited;
import kz.bagalau.shared.event.GeneralEvaluationSubmitted;
import kz.bagalau.shared.event.LiabilityProposed;
import kz.bagalau.shared.event.RecheckStarted;
import kz.bagalau.shared.event.ResultsDispatched;

/**
 * Who is told of what in the region: each event of the cycle becomes a notice to the people who now have to
 * act or whom the Rules say to inform. Listens inside the transaction of the change, so a notice exists
 * exactly when its fact does (¶49: the bodies learn of the general evaluation at the moment it is submitted).
 */
@ApplicationScoped
public class NotificationPolicy {

    @EJB
    private NotificationService notices;

    @Inject
    private RegionUsers users;

    @Inject
    private EvaluationRepository evaluations;

    /** ¶55: the direction's evaluator learns of the appeal. */
    void on(@Observes AppealFiled e) {
        notices.deliver(evaluatorsOf(e.directionEvaluationId()), "notice.appealFiled", e.year(),
                String.valueOf(e.appealId()));
    }

    /** ¶58: the body learns of the decision. */
    void on(@Observes AppealDecided e) {
        notices.deliver(ofBody(e.bodyId()), "notice.appealDecided", e.year(), String.valueOf(e.appealId()));
    }

    /** ¶60: the evaluator learns of the working body's re-check. */
    void on(@Observes RecheckStarted e) {
        notices.deliver(evaluatorsOf(e.directionEvaluationId()), "notice.recheck", e.year(),
                String.valueOf(e.directionEvaluationId()));
    }

    /** ¶48: the expert learns of the invitation. */
    void on(@Observes ExpertInvited e) {
        notices.deliver(List.of(e.expert()), "notice.expertInvited", e.year(),
                e.direction() == null ? null : e.direction().toString());
    }

    /** ¶49: every evaluated body and the commission, at the moment of submission. */
    void on(@Observes GeneralEvaluationSubmitted e) {
        notices.deliver(withRoles(Set.of(Role.EVALUATED_BODY, Role.COMMISSION_MEMBER, Role.COMMISSION_WORKING_BODY)),
                "notice.generalSubmitted", e.year(), null);
    }

    /** ¶66: the akim receives the working body's proposal on the liability of officials. */
    void on(@Observes LiabilityProposed e) {
        notices.deliver(withRoles(Set.of(Role.AKIM)), "notice.liabilityProposed", e.year(),
                String.valueOf(e.proposalId()));
    }

    /** ¶51: the akim receives the results; the working body sends them on (¶52). */
    void on(@Observes CommissionConcluded e) {
        notices.deliver(withRoles(Set.of(Role.AKIM, Role.COMMISSION_WORKING_BODY)), "notice.commission", e.year(),
                null);
    }

    /** ¶52: each body's head receives the results with instructions and recommendations. */
    void on(@Observes ResultsDispatched e) {
        e.bodyIds().forEach(body -> notices.deliver(ofBody(body), "notice.results", e.year(), null));
    }

    /** ¶53-¶54: the planning body may publish once the akim has reported. */
    void on(@Observes AkimReportSent e) {
        notices.deliver(withRoles(Set.of(Role.PLANNING_BODY)), "notice.akimReported", e.year(), null);
    }

    private Collection<String> evaluatorsOf(long directionEvaluationId) {
        return withRoles(Set.of(evaluations.getDirection(directionEvaluationId).evaluatorRole()));
    }

    private Collection<String> withRoles(Set<Role> roles) {
        return users.withAnyRole(roles).stream().map(RegionUsers.UserRef::username).toList();
    }

    private Collection<String> ofBody(long bodyId) {
        return users.ofBody(bodyId).stream().map(RegionUsers.UserRef::username).toList();
    }
}
