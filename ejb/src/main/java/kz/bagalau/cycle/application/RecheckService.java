package kz.bagalau.cycle.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.cycle.domain.CycleRepository;
import kz.bagalau.cycle.domain.Recheck;
import kz.bagalau.evaluation.application.EvaluationAccess;
import kz.bagalau.evaluation.domain.DirectionEvaluation;
import kz.bagalau.evaluation.domain.DirectionState;
import kz.bagalau.evaluation.domain.EvaluationRepository;
import kz.bagalau.identity.application.RegionUsers;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.shared.domain.NotFoundException;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.tenancy.application.RegionTime;

/**
 * ¶60: the commission's working body re-checks a single result on its own initiative, with the reason. The
 * direction goes back to its evaluator, whose specialists re-verify and may send a corrected conclusion (a new
 * version, ¶59 by analogy); the working body closes the re-check with its outcome and the direction returns to
 * where the cycle had it.
 */
@Stateless
public class RecheckService {

    /** A re-check as the appeals page lists it. */
    public record RecheckView(long id, long directionEvaluationId, int direction, long bodyId, String reason,
                              DirectionState resumeState, Recheck.Status status, String startedBy, Instant startedAt,
                              String outcome, Instant closedAt) {

        static RecheckView of(Recheck r, DirectionEvaluation d) {
            return new RecheckView(r.id(), d.id(), d.direction().number(), d.evaluation().bodyId(), r.reason(),
                    r.resumeState(), r.status(), r.startedBy(), r.startedAt(), r.outcome(), r.closedAt());
        }
    }

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private CycleRepository cycles;

    @Inject
    private EvaluationAccess access;

    @EJB
    private NotificationService notices;

    @Inject
    private RegionUsers users;

    @Inject
    private RegionTime time;

    @Inject
    private AuditLog audit;

    @RolesAllowed(Role.Names.COMMISSION_WORKING_BODY)
    public RecheckView start(long directionEvaluationId, String reason) {
        DirectionEvaluation d = evaluations.getDirection(directionEvaluationId);
        if (cycles.openRecheckOf(d.id()).isPresent()) {
            throw new RuleViolation("recheck.open.already", d.direction().number());
        }
        Recheck candidate = new Recheck(d.id(), reason, d.state(), access.caller().username(), time.clock().instant());
        DirectionState was = d.recheck();
        Recheck r = cycles.add(candidate);
        audit.record("RECHECK_STARTED", "recheck", r.id(), Map.of("state", was.name()),
                Map.of("state", d.state().name(), "reason", r.reason(), "direction", d.direction().number()));
        notices.notifyAll(users.withAnyRole(Set.of(d.evaluatorRole())).stream().map(RegionUsers.UserRef::username)
                .toList(), "notice.recheck", d.evaluation().year(), String.valueOf(d.id()));
        return RecheckView.of(r, d);
    }

    @RolesAllowed(Role.Names.COMMISSION_WORKING_BODY)
    public RecheckView close(long recheckId, String outcome) {
        Recheck r = cycles.findRecheck(recheckId).orElseThrow(() -> new NotFoundException("Re-check", recheckId));
        DirectionEvaluation d = evaluations.getDirection(r.directionEvaluationId());
        boolean draftPending = evaluations.conclusionsOf(d.id()).stream().findFirst().map(c -> !c.isSent())
                .orElse(false);
        if (draftPending) {
            throw new RuleViolation("recheck.draft.pending");
        }
        String before = d.state().name();
        r.close(outcome, access.caller().username(), time.clock().instant());
        d.resumeAfterRecheck(r.resumeState());
        evaluations.flush();
        audit.record("RECHECK_CLOSED", "recheck", r.id(), Map.of("state", before),
                Map.of("state", d.state().name(), "outcome", r.outcome()));
        return RecheckView.of(r, d);
    }

    /** The year's re-checks; for the region's staff (bodies see the corrected conclusion itself). */
    @RolesAllowed({Role.Names.COMMISSION_WORKING_BODY, Role.Names.COMMISSION_MEMBER, Role.Names.PLANNING_BODY,
            Role.Names.BUDGET_BODY, Role.Names.AKIM_APPARATUS, Role.Names.AKIM, Role.Names.MINISTRY,
            Role.Names.PLATFORM_ADMIN})
    public List<RecheckView> list(int year) {
        List<DirectionEvaluation> directions = evaluations.findByYear(year).stream()
                .flatMap(e -> e.directions().stream()).toList();
        Map<Long, DirectionEvaluation> byId = new java.util.HashMap<>();
        directions.forEach(d -> byId.put(d.id(), d));
        return cycles.rechecks(directions.stream().map(DirectionEvaluation::id).toList()).stream()
                .map(r -> RecheckView.of(r, byId.get(r.directionEvaluationId()))).toList();
    }
}
