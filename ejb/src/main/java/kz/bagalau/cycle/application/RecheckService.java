package kz.bagalau.cycle.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.cycle.domain.CycleRepository;
import kz.bagalau.cycle.domain.EvaluationCycle;
import kz.bagalau.cycle.domain.Recheck;
import kz.bagalau.evaluation.application.EvaluationAccess;
import kz.bagalau.evaluation.domain.DirectionEvaluation;
import kz.bagalau.evaluation.domain.DirectionState;
import kz.bagalau.evaluation.domain.EvaluationRepository;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.registry.application.BodyRegistry;
import kz.bagalau.registry.application.BodySummary;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.event.DomainEvents;
import kz.bagalau.shared.event.RecheckClosed;
import kz.bagalau.shared.event.RecheckStarted;
import kz.bagalau.tenancy.application.RegionTime;
import kz.bagalau.tenancy.context.TenantContext;

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
                              String outcome, Instant closedAt, boolean workspaceOpen) {

        static RecheckView of(Recheck r, DirectionEvaluation d, boolean workspaceOpen) {
            return new RecheckView(r.id(), d.id(), d.direction().number(), d.evaluation().bodyId(), r.reason(),
                    r.resumeState(), r.status(), r.startedBy(), r.startedAt(), r.outcome(), r.closedAt(),
                    workspaceOpen);
        }
    }

    @EJB
    private CommissionService commission;

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private CycleRepository cycles;

    @Inject
    private EvaluationAccess access;

    @Inject
    private DomainEvents events;

    @Inject
    private BodyRegistry registry;

    @Inject
    private RegionTime time;

    @Inject
    private AuditLog audit;

    @RolesAllowed(Role.Names.COMMISSION_WORKING_BODY)
    public RecheckView start(long directionEvaluationId, String reason) {
        commission.requireSeat(true); // ¶13: only those the akim's decision in force seats
        DirectionEvaluation d = evaluations.getDirection(directionEvaluationId);
        if (cycles.openRecheckOf(d.id()).isPresent()) {
            throw new RuleViolation("recheck.open.already", d.direction().number());
        }
        Recheck candidate = new Recheck(d.id(), reason, d.state(), access.caller().username(), time.clock().instant());
        if (cycles.findCycle(d.evaluation().year()).map(EvaluationCycle::commissionSentAt).isPresent()) {
            // ¶51, ¶60: once the commission has concluded on the year, its results are no longer re-checked.
            throw new RuleViolation("recheck.state", d.direction().number());
        }
        DirectionState was = d.reopenForRecheck();
        Recheck r = cycles.add(candidate);
        audit.record("RECHECK_STARTED", "recheck", r.id(), Map.of("state", was.name()),
                Map.of("state", d.state().name(), "reason", r.reason(), "direction", d.direction().number()));
        events.publish(new RecheckStarted(tenant(), d.evaluation().year(), d.evaluation().bodyId(), d.id(), r.id(),
                r.startedBy(), r.startedAt()));
        return RecheckView.of(r, d, access.isEvaluatorOf(d));
    }

    @RolesAllowed(Role.Names.COMMISSION_WORKING_BODY)
    public RecheckView close(long recheckId, String outcome) {
        commission.requireSeat(true); // ¶13: only those the akim's decision in force seats
        Recheck r = cycles.getRecheck(recheckId);
        DirectionEvaluation d = evaluations.getDirection(r.directionEvaluationId());
        boolean draftPending = evaluations.conclusionsOf(d.id()).stream().findFirst().map(c -> !c.isSent())
                .orElse(false);
        if (draftPending) {
            throw new RuleViolation("recheck.draft.pending");
        }
        String before = d.state().name();
        r.close(outcome, access.caller().username(), time.clock().instant());
        // ¶60, ¶55: a conclusion the re-check corrected is a new version the body receives and may appeal, so the
        // direction waits for that window (and the evaluator's ¶46 step) again instead of resuming as final.
        boolean corrected = evaluations.findLatestSentConclusion(d.id())
                .filter(c -> c.previousId() != null && c.isAppealable() && !c.sentAt().isBefore(r.startedAt()))
                .isPresent();
        d.resumeAfterRecheck(corrected ? DirectionState.CONCLUSION_SENT : r.resumeState());
        evaluations.flush();
        audit.record("RECHECK_CLOSED", "recheck", r.id(), Map.of("state", before),
                Map.of("state", d.state().name(), "outcome", r.outcome()));
        events.publish(new RecheckClosed(tenant(), d.evaluation().year(), d.evaluation().bodyId(), d.id(), r.id(),
                access.caller().username(), r.closedAt()));
        return RecheckView.of(r, d, access.isEvaluatorOf(d));
    }

    private static String tenant() {
        return TenantContext.require().tenantCode();
    }

    /** A body's direction the working body may re-check now (¶60). */
    public record Candidate(long directionEvaluationId, String bodyCode, int direction) {
    }

    /**
     * ¶60: what the working body may re-check in {@code year}: concluded results not under appeal, as long as
     * the commission has not concluded on the year (¶51).
     */
    @RolesAllowed(Role.Names.COMMISSION_WORKING_BODY)
    public List<Candidate> candidates(int year) {
        if (cycles.findCycle(year).map(EvaluationCycle::commissionSentAt).isPresent()) {
            return List.of();
        }
        Map<Long, BodySummary> bodies = registry.byId();
        return evaluations.ofYear(year).stream().flatMap(e -> e.directions().stream())
                .filter(DirectionEvaluation::canBeRechecked)
                .map(d -> new Candidate(d.id(), bodies.get(d.evaluation().bodyId()).code(), d.direction().number()))
                .toList();
    }

    /** The year's re-checks; for the region's staff (bodies see the corrected conclusion itself). */
    @RolesAllowed({Role.Names.COMMISSION_WORKING_BODY, Role.Names.COMMISSION_MEMBER, Role.Names.PLANNING_BODY,
            Role.Names.BUDGET_BODY, Role.Names.AKIM_APPARATUS, Role.Names.AKIM, Role.Names.MINISTRY,
            Role.Names.PLATFORM_ADMIN})
    public List<RecheckView> list(int year) {
        List<DirectionEvaluation> directions = evaluations.ofYear(year).stream()
                .flatMap(e -> e.directions().stream()).toList();
        Map<Long, DirectionEvaluation> byId = new java.util.HashMap<>();
        directions.forEach(d -> byId.put(d.id(), d));
        return cycles.rechecks(directions.stream().map(DirectionEvaluation::id).toList()).stream()
                .map(r -> {
                    DirectionEvaluation d = byId.get(r.directionEvaluationId());
                    return RecheckView.of(r, d, access.isEvaluatorOf(d));
                }).toList();
    }
}
