package kz.bagalau.cycle.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.cycle.domain.CycleRepository;
import kz.bagalau.cycle.domain.CycleStep;
import kz.bagalau.cycle.domain.DirectionStage;
import kz.bagalau.cycle.domain.EvaluationCycle;
import kz.bagalau.cycle.domain.ExpertAssignment;
import kz.bagalau.cycle.domain.Ranking;
import kz.bagalau.evaluation.application.BodyResult;
import kz.bagalau.evaluation.application.EvaluationAccess;
import kz.bagalau.evaluation.application.ResultsService;
import kz.bagalau.evaluation.domain.DirectionEvaluation;
import kz.bagalau.evaluation.domain.NeedToKnow;
import kz.bagalau.identity.application.RegionUsers;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.shared.domain.NotFoundException;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.event.DomainEvents;
import kz.bagalau.shared.event.ExpertInvited;
import kz.bagalau.shared.event.GeneralEvaluationAssembled;
import kz.bagalau.shared.event.GeneralEvaluationSubmitted;
import kz.bagalau.tenancy.application.RegionTime;
import kz.bagalau.tenancy.context.TenantContext;

/**
 * The general evaluation (¶12, ¶48, ¶49): the planning body assembles every body's final direction scores,
 * totals, ratings and places; it may invite independent experts, who read the parts assigned to them and
 * write opinions; submitting it to the Regional Expert Commission by 1 July notifies every evaluated body at
 * the same moment ({@link NotificationPolicy}).
 */
@Stateless
public class GeneralEvaluationService {

    @Inject
    private CycleRepository cycles;

    @Inject
    private CycleDirections directions;

    @Inject
    private EvaluationAccess access;

    @EJB
    private ResultsService results;

    @EJB
    private DeadlineGuard deadlines;

    @Inject
    private DomainEvents events;

    @Inject
    private RegionUsers users;

    @Inject
    private RegionTime time;

    @Inject
    private AuditLog audit;

    /**
     * The general evaluation as the caller may read it (the need-to-know matrix): the planning body, the
     * working body, the akim and the ministry the whole; the commission once it was submitted to it (¶49); an
     * expert only the bodies and directions assigned (¶48), without places among bodies it cannot see.
     */
    @PermitAll
    public GeneralEvaluation view(int year) {
        access.requireInRegion(year, NeedToKnow.Material.GENERAL_EVALUATION);
        Optional<EvaluationCycle> cycle = cycles.findCycle(year);
        List<ExpertAssignment> experts = cycles.experts(year);
        boolean expertOnly = access.caller().has(Role.EXPERT) && access.caller().roles().size() == 1;
        List<ExpertAssignment> mine = experts.stream().filter(x -> x.expert().equals(access.caller().username()))
                .toList();
        List<BodyResult> overview = results.overview(year);
        // Places rank the whole region; an expert, who sees only what was assigned (¶48), is shown none.
        boolean whole = !expertOnly;
        List<Integer> places = Ranking.places(overview.stream().map(BodyResult::total).toList());
        List<GeneralEvaluation.Line> lines = new ArrayList<>();
        for (int i = 0; i < overview.size(); i++) {
            lines.add(new GeneralEvaluation.Line(whole ? places.get(i) : null, overview.get(i)));
        }
        List<GeneralEvaluation.Opinion> opinions = (expertOnly ? mine : experts).stream()
                .map(x -> new GeneralEvaluation.Opinion(x.id(), x.expert(), x.direction(), x.assignedBy(),
                        x.assignedAt(), x.opinion(), x.opinionAt(), x.bodyId(), x.revokedAt())).toList();
        boolean allFinal = !lines.isEmpty() && directions.all(year).stream().allMatch(DirectionEvaluation::isFinal);
        return new GeneralEvaluation(year, cycle.map(EvaluationCycle::generalAssembledAt).orElse(null),
                cycle.map(EvaluationCycle::generalSubmittedAt).orElse(null),
                cycle.map(EvaluationCycle::generalSubmittedBy).orElse(null), allFinal, lines, opinions,
                expertOnly ? List.of() : users.withAnyRole(Set.of(Role.EXPERT)).stream()
                        .map(RegionUsers.UserRef::username).toList());
    }

    /** ¶12: the planning body assembles the general evaluation once every direction is final (¶46). */
    @RolesAllowed(Role.Names.PLANNING_BODY)
    public void assemble(int year) {
        EvaluationCycle cycle = directions.approvedCycle(year);
        directions.requireAll(year, DirectionStage.FINAL);
        cycle.assembleGeneral(access.caller().username(), time.clock().instant());
        cycles.flush();
        audit.record("GENERAL_ASSEMBLED", "evaluation_cycle", year, null, Map.of("year", year));
        events.publish(new GeneralEvaluationAssembled(tenant(), year, access.caller().username(),
                cycle.generalAssembledAt()));
    }

    /**
     * ¶48: invites an independent expert or NGO to one body or all ({@code bodyId} null) and one direction or all
     * ({@code direction} null); the expert reads exactly that, while the assignment runs.
     */
    @RolesAllowed(Role.Names.PLANNING_BODY)
    public void inviteExpert(int year, String expert, Long bodyId, Integer direction) {
        EvaluationCycle cycle = directions.approvedCycle(year);
        if (cycle.generalSubmittedAt() != null) {
            throw new RuleViolation("cycle.step.done", "GENERAL_EVALUATION");
        }
        boolean isExpert = users.withAnyRole(Set.of(Role.EXPERT)).stream().anyMatch(u -> u.username().equals(expert));
        if (!isExpert) {
            throw new RuleViolation("expert.unknown", String.valueOf(expert));
        }
        if (bodyId != null && directions.all(year).stream().noneMatch(d -> d.evaluation().bodyId() == bodyId)) {
            throw new NotFoundException("Body", bodyId);
        }
        if (cycles.experts(year).stream().anyMatch(x -> x.expert().equals(expert) && x.isRunning()
                && Objects.equals(x.bodyId(), bodyId) && Objects.equals(x.direction(), direction))) {
            throw new RuleViolation("expert.invited.already", expert);
        }
        ExpertAssignment x = cycles.add(new ExpertAssignment(year, expert, bodyId, direction,
                access.caller().username(), time.clock().instant()));
        audit.record("EXPERT_INVITED", "expert_assignment", x.id(), null,
                Map.of("expert", expert, "body", bodyId == null ? "all" : bodyId.toString(),
                        "direction", direction == null ? "all" : direction.toString()));
        events.publish(new ExpertInvited(tenant(), year, expert, direction, x.assignedBy(), x.assignedAt()));
    }

    /** ¶48: the planning body ends an assignment; from then on the expert reads nothing of it. */
    @RolesAllowed(Role.Names.PLANNING_BODY)
    public void endExpertAssignment(long assignmentId) {
        ExpertAssignment x = cycles.findExpertAssignment(assignmentId)
                .orElseThrow(() -> new NotFoundException("Expert assignment", assignmentId));
        x.revoke(access.caller().username(), time.clock().instant());
        cycles.flush();
        audit.record("EXPERT_ASSIGNMENT_ENDED", "expert_assignment", x.id(), Map.of("expert", x.expert()),
                Map.of("expert", x.expert(), "endedAt", x.revokedAt().toString()));
    }

    /** ¶48: the expert's written opinion on the part assigned, until the evaluation goes to the commission. */
    @RolesAllowed(Role.Names.EXPERT)
    public void writeOpinion(long assignmentId, String text) {
        ExpertAssignment x = cycles.findExpertAssignment(assignmentId)
                .filter(a -> a.expert().equals(access.caller().username()) && a.isRunning())
                .orElseThrow(() -> new NotFoundException("Expert assignment", assignmentId));
        if (cycles.findCycle(x.year()).map(EvaluationCycle::generalSubmittedAt).isPresent()) {
            throw new RuleViolation("cycle.step.done", "GENERAL_EVALUATION");
        }
        String before = x.opinion();
        x.writeOpinion(text, time.clock().instant());
        cycles.flush();
        audit.record("EXPERT_OPINION", "expert_assignment", x.id(), before == null ? null : Map.of("opinion", before),
                Map.of("opinion", x.opinion()));
    }

    private static String tenant() {
        return TenantContext.require().tenantCode();
    }

    /**
     * ¶49: the planning body submits the general evaluation to the commission by 1 July; every evaluated body
     * and the commission are notified in the same transaction, so at the same moment.
     */
    @RolesAllowed(Role.Names.PLANNING_BODY)
    public void submit(int year) {
        EvaluationCycle cycle = directions.approvedCycle(year);
        deadlines.require(year, CycleStep.GENERAL_EVALUATION, null, null, null, null);
        cycle.submitGeneral(access.caller().username(), time.clock().instant());
        directions.requireAll(year, DirectionStage.INCLUDED);
        cycles.flush();
        audit.record("GENERAL_SUBMITTED", "evaluation_cycle", year, null, Map.of("year", year));
        events.publish(new GeneralEvaluationSubmitted(tenant(), year, cycle.generalSubmittedBy(),
                cycle.generalSubmittedAt()));
    }
}
