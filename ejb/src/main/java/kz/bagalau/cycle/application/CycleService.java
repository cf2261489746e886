package kz.bagalau.cycle.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.cycle.domain.Appeal;
import kz.bagalau.cycle.domain.CycleRepository;
import kz.bagalau.cycle.domain.CycleStep;
import kz.bagalau.cycle.domain.DirectionStage;
import kz.bagalau.cycle.domain.EvaluationCycle;
import kz.bagalau.cycle.domain.WorkingCalendar;
import kz.bagalau.evaluation.application.EvaluationAccess;
import kz.bagalau.evaluation.domain.DirectionEvaluation;
import kz.bagalau.evaluation.domain.Evaluation;
import kz.bagalau.evaluation.domain.EvaluationRepository;
import kz.bagalau.evaluation.domain.FollowupItem;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.event.AkimReportSent;
import kz.bagalau.shared.event.CommissionConcluded;
import kz.bagalau.shared.event.DirectionFinalised;
import kz.bagalau.shared.event.DomainEvents;
import kz.bagalau.shared.event.ResultsDispatched;
import kz.bagalau.shared.event.ResultsPublished;
import kz.bagalau.tenancy.application.RegionTime;
import kz.bagalau.tenancy.context.TenantContext;

/**
 * The steps after the conclusions, each by the role the Rules name and refused after its deadline unless
 * extended: the evaluator passes final conclusions to the planning body (¶46); the commission concludes and
 * sends the results to the akim (¶51); the working body sends each body's head the results with instructions
 * (¶52); the akim reports to the ministry (¶53); the planning body publishes (¶54). The general evaluation
 * (¶12, ¶48, ¶49) is {@link GeneralEvaluationService}'s. Who is told is {@link NotificationPolicy}'s.
 */
@Stateless
public class CycleService {

    @Inject
    private EvaluationRepository evaluations;

    @EJB
    private CommissionService commission;

    @Inject
    private CycleRepository cycles;

    @Inject
    private EvaluationAccess access;

    @EJB
    private DeadlineGuard deadlines;

    @EJB
    private AppealService appeals;

    @EJB
    private CalendarService calendar;

    @Inject
    private PublicationWriter publications;

    @Inject
    private CycleDirections directions;

    @Inject
    private RegionTime time;

    @Inject
    private AuditLog audit;

    @Inject
    private DomainEvents events;

    /**
     * ¶46: the direction's evaluator passes the final conclusion to the planning body, by 15 June: once the
     * body's appeal window closed without an appeal, or the appeal was answered (and, if accepted, the
     * conclusion corrected), and no re-check is open.
     */
    @RolesAllowed({Role.Names.PLANNING_BODY, Role.Names.BUDGET_BODY, Role.Names.AKIM_APPARATUS})
    public void finalise(long directionEvaluationId) {
        DirectionEvaluation d = access.requireEvaluator(evaluations.getDirection(directionEvaluationId));
        WorkingCalendar cal = calendar.around(time.today());
        finaliseBlocker(d, cal).ifPresent(key -> {
            throw new RuleViolation(key, d.direction().number(), appeals.window(d, cal).windowEnd());
        });
        finaliseReadyDirection(d);
    }

    /** ¶46 for every direction of the caller's that is ready; returns how many were finalised. */
    @RolesAllowed({Role.Names.PLANNING_BODY, Role.Names.BUDGET_BODY, Role.Names.AKIM_APPARATUS})
    public int finaliseReady(int year) {
        List<DirectionEvaluation> ready = readyToFinalise(directions.all(year));
        ready.forEach(this::finaliseReadyDirection);
        return ready.size();
    }

    /** Those of the given directions that the caller evaluates and that ¶46 allows finalising now. */
    public List<DirectionEvaluation> readyToFinalise(List<DirectionEvaluation> candidates) {
        WorkingCalendar cal = calendar.around(time.today());
        return candidates.stream().filter(access::isEvaluatorOf)
                .filter(DirectionEvaluation::canFinalise)
                .filter(d -> finaliseBlocker(d, cal).isEmpty()).toList();
    }

    private void finaliseReadyDirection(DirectionEvaluation d) {
        deadlines.require(d.evaluation().year(), CycleStep.CORRECTED_CONCLUSIONS, d.evaluation().bodyId(),
                d.direction().number(), null, null);
        d.finalise(access.caller().username(), time.clock().instant());
        evaluations.flush();
        audit.record("DIRECTION_FINALISED", "direction_evaluation", d.id(), Map.of("state", "CONCLUSION_SENT"),
                Map.of("state", d.state().name(), "direction", d.direction().number()));
        events.publish(new DirectionFinalised(tenant(), d.evaluation().year(), d.evaluation().bodyId(), d.id(),
                d.direction().number(), d.finalisedBy(), d.finalisedAt()));
    }

    /** Whether ¶46 allows finalising now; the reason key when it does not. */
    private Optional<String> finaliseBlocker(DirectionEvaluation d, WorkingCalendar cal) {
        if (cycles.openRecheckOf(d.id()).isPresent()) {
            return Optional.of("finalise.recheck.open");
        }
        Optional<Appeal> pending = cycles.findAppealOf(d.id()).filter(Appeal::isPending);
        if (pending.isPresent()) {
            return Optional.of("finalise.appeal.open");
        }
        if (!d.canFinalise()) {
            return Optional.of("finalise.state");
        }
        AppealWindow window = appeals.window(d, cal);
        if (window.appealId() != null) {
            return Optional.empty();
        }
        return time.today().isAfter(window.windowEnd()) ? Optional.empty() : Optional.of("finalise.window.open");
    }

    /** ¶51: a member of the Regional Expert Commission records its expert conclusion and sends it to the akim. */
    @RolesAllowed(Role.Names.COMMISSION_MEMBER)
    public void recordCommissionConclusion(int year, String text) {
        commission.requireSeat(false); // ¶13: only those the akim's decision in force seats
        EvaluationCycle cycle = directions.approvedCycle(year);
        deadlines.require(year, CycleStep.COMMISSION, null, null, null, null);
        directions.requireAll(year, DirectionStage.INCLUDED);
        cycle.recordCommissionConclusion(text, access.caller().username(), time.clock().instant());
        cycles.flush();
        audit.record("COMMISSION_CONCLUDED", "evaluation_cycle", year, null,
                Map.of("year", year, "conclusion", cycle.commissionConclusion()));
        events.publish(new CommissionConcluded(tenant(), year, cycle.commissionRecordedBy(), cycle.commissionSentAt()));
    }

    /**
     * ¶52: the working body sends each body's head the results with instructions and recommendations; each
     * line becomes a follow-up item the body reports on in next year's evaluation (¶45-1).
     */
    @RolesAllowed(Role.Names.COMMISSION_WORKING_BODY)
    public int dispatchResults(int year, Map<Long, String> instructionsByBody) {
        commission.requireSeat(true); // ¶13: only those the akim's decision in force seats
        EvaluationCycle cycle = directions.approvedCycle(year);
        Instant now = time.clock().instant();
        cycle.dispatchResults(access.caller().username(), now);
        int items = 0;
        List<Long> bodies = new ArrayList<>();
        for (Evaluation e : evaluations.ofYear(year)) {
            String text = instructionsByBody.getOrDefault(e.bodyId(), "");
            for (String line : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
                evaluations.add(new FollowupItem(e.bodyId(), year + 1, FollowupItem.Origin.COMMISSION,
                        "commission " + year, null, line, now));
                items++;
            }
            bodies.add(e.bodyId());
        }
        cycles.flush();
        audit.record("RESULTS_DISPATCHED", "evaluation_cycle", year, null, Map.of("year", year, "items", items));
        events.publish(new ResultsDispatched(tenant(), year, bodies, items, access.caller().username(), now));
        return items;
    }

    /** ¶53: the akim approves the region's report and sends it to the central ministry, by 25 July. */
    @RolesAllowed(Role.Names.AKIM)
    public void approveAkimReport(int year, String text) {
        EvaluationCycle cycle = directions.approvedCycle(year);
        deadlines.require(year, CycleStep.AKIM_REPORT, null, null, null, null);
        directions.requireReached(year, DirectionStage.COMMISSION_CONCLUDED);
        cycle.approveAkimReport(text, access.caller().username(), time.clock().instant());
        cycles.flush();
        audit.record("AKIM_REPORTED", "evaluation_cycle", year, null, Map.of("year", year, "report", cycle.akimReport()));
        events.publish(new AkimReportSent(tenant(), year, cycle.akimApprovedBy(), cycle.akimSentAt()));
    }

    /**
     * ¶54, ¶9.5: the planning body publishes the results, without confidential material, once the commission
     * has concluded (step 5); ¶6: a late or missing akim's report does not hold publication back.
     */
    @RolesAllowed(Role.Names.PLANNING_BODY)
    public void publish(int year) {
        EvaluationCycle cycle = directions.approvedCycle(year);
        directions.requireReached(year, DirectionStage.COMMISSION_CONCLUDED);
        cycle.publish(access.caller().username(), time.clock().instant());
        cycles.flush();
        publications.write(year, cycle.publishedAt(), cycle.publishedBy());
        audit.record("RESULTS_PUBLISHED", "evaluation_cycle", year, null, Map.of("year", year));
        events.publish(new ResultsPublished(tenant(), year, cycle.publishedBy(), cycle.publishedAt()));
    }

    private static String tenant() {
        return TenantContext.require().tenantCode();
    }
}
