package kz.bagalau.evaluation.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.evaluation.domain.ControlInspection;
import kz.bagalau.evaluation.domain.DirectionEvaluation;
import kz.bagalau.evaluation.domain.DirectionState;
import kz.bagalau.evaluation.domain.DocumentRequest;
import kz.bagalau.evaluation.domain.Evaluation;
import kz.bagalau.evaluation.domain.EvaluationRepository;
import kz.bagalau.evaluation.domain.IndicatorValue;
import kz.bagalau.evaluation.domain.ReorganisationRule;
import kz.bagalau.evaluation.domain.Verification;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.methodology.domain.MethodologyRepository;
import kz.bagalau.registry.application.BodyRegistry;
import kz.bagalau.registry.application.BodySummary;
import kz.bagalau.shared.event.DocumentsRequested;
import kz.bagalau.shared.event.DomainEvents;
import kz.bagalau.shared.event.ReportReopened;
import kz.bagalau.shared.event.ScoresChanged;
import kz.bagalau.tenancy.application.RegionTime;
import kz.bagalau.tenancy.context.TenantContext;

/**
 * The authorised evaluators' side (¶42-¶44): the queue of their directions, the workspace of one body's
 * direction, re-checking each value, inspections of other control bodies, document requests, sending the
 * data back with a reason, and scoring. An evaluator reaches only the directions routed to its role (¶10).
 */
@Stateless
@RolesAllowed({Role.Names.PLANNING_BODY, Role.Names.BUDGET_BODY, Role.Names.AKIM_APPARATUS})
public class VerificationService {

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private MethodologyRepository methodologies;

    @EJB
    private EvaluationSetup setup;

    @EJB
    private EvidenceService evidence;

    @Inject
    private EvaluationAccess access;

    @Inject
    private EvaluationViews views;

    @Inject
    private BodyRegistry registry;

    @Inject
    private RegionTime time;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    private DomainEvents events;

    /** The directions of the year that are routed to the caller's evaluator role(s). */
    public List<QueueRow> queue(int year) {
        Map<Long, BodySummary> bodies = registry.byId();
        Function<DirectionState, String> stages = views.stagesOf(year);
        List<QueueRow> rows = new ArrayList<>();
        for (Evaluation e : evaluations.ofYear(year)) {
            for (DirectionEvaluation d : e.directions()) {
                if (access.isEvaluatorOf(d)) {
                    rows.add(new QueueRow(d.id(), e.id(), BodyRef.of(bodies.get(e.bodyId())), d.direction().number(),
                            d.state(), stages.apply(d.state()), d.score(), d.pendingValues(), d.submittedAt()));
                }
            }
        }
        return rows;
    }

    /**
     * The evaluator's workspace of one direction. Anyone but the direction's evaluator is answered "not found"
     * (need-to-know), not "forbidden": the page must not tell that the record exists.
     */
    @PermitAll
    public Workspace workspace(long directionEvaluationId) {
        DirectionEvaluation d = routed(directionEvaluationId);
        LocalDate today = time.today();
        int number = d.direction().number();
        DirectionView direction = views.direction(d, registry.get(d.evaluation().bodyId()));
        return new Workspace(direction, direction.inspections(),
                evaluations.requestsOf(List.of(d.id())).stream().map(r -> RequestView.of(r, number, today,
                        r.addresseeBodyId() == null ? null : BodyRef.of(registry.get(r.addresseeBodyId())), null))
                        .toList(),
                evaluations.conclusionsOf(d.id()).stream().map(ConclusionView::of).toList(),
                evaluations.followups(d.evaluation().bodyId(), d.evaluation().year()).stream()
                        .anyMatch(f -> f.direction() == null || f.direction() == number),
                d.evaluation().predecessorsUnder(ReorganisationRule.ANALYSIS_TO_SUCCESSOR));
    }

    /** ¶42: accept, correct with a reason, or reject with a reason; audited with the value before and after. */
    public void verify(long directionEvaluationId, long valueId, Verification decision, BigDecimal correctedActual,
                       BigDecimal correctedTarget, String reason) {
        DirectionEvaluation d = routed(directionEvaluationId);
        IndicatorValue v = d.getValue(valueId);
        Map<String, Object> before = snapshot(v);
        d.verify(valueId, decision, correctedActual, correctedTarget, reason, access.caller().username(), clock.instant());
        evaluations.flush();
        audit.record("VALUE_VERIFIED", "indicator_value", valueId, before, snapshot(v));
    }

    /**
     * ¶42: accepts every value still pending, each recorded in the audit log as its own decision, for the
     * evaluator who has checked the rest against the documents; returns how many were accepted.
     */
    public int acceptPending(long directionEvaluationId) {
        DirectionEvaluation d = routed(directionEvaluationId);
        List<Long> pending = d.values().stream().filter(v -> v.verification() == Verification.PENDING)
                .map(IndicatorValue::id).toList();
        for (long valueId : pending) {
            verify(d.id(), valueId, Verification.ACCEPTED, null, null, null);
        }
        return pending.size();
    }

    /** Sends the direction back to the body for changes; the reason is recorded and shown to the body. */
    public void reopen(long directionEvaluationId, String reason) {
        DirectionEvaluation d = routed(directionEvaluationId);
        String before = d.state().name();
        d.reopen(reason, access.caller().username(), clock.instant());
        evaluations.flush();
        audit.record("DIRECTION_REOPENED", "direction_evaluation", d.id(), Map.of("state", before),
                Map.of("state", d.state().name(), "reason", d.reopenReason()));
        events.publish(new ReportReopened(tenant(), d.evaluation().year(), d.evaluation().bodyId(), d.id(),
                d.direction().number(), d.reopenReason(), d.reopenedBy(), d.reopenedAt()));
    }

    /**
     * ¶43: records another control body's inspection that the evaluator takes into account, attached to the
     * figures of the direction it bears on (each must be one of the direction's), optionally with its act as a file.
     */
    public void recordInspection(long directionEvaluationId, String controlBody, LocalDate inspectedOn, String summary,
                                 List<Long> affectedValues, String fileName, byte[] file, boolean confidential) {
        DirectionEvaluation d = routed(directionEvaluationId);
        affectedValues.forEach(d::getValue);
        Long fileId = file == null || file.length == 0 ? null
                : evidence.attachInspection(d.id(), fileName, file, confidential).id();
        ControlInspection i = evaluations.add(new ControlInspection(d.id(), controlBody, inspectedOn, summary, fileId,
                affectedValues, access.caller().username(), clock.instant()));
        audit.record("INSPECTION_RECORDED", "control_inspection", i.id(), null,
                Map.of("controlBody", i.controlBody(), "on", i.inspectedOn().toString(), "values",
                        i.affectedValues().toString()));
    }

    /**
     * ¶44: asks for information or documents by a due date: the evaluated body ({@code addresseeBodyId} null or
     * the body itself) or another executive body of the region, whose home and reporting pages show the request.
     */
    public void requestDocuments(long directionEvaluationId, String text, LocalDate dueDate, Long addresseeBodyId) {
        DirectionEvaluation d = routed(directionEvaluationId);
        long evaluated = d.evaluation().bodyId();
        Long addressee = addresseeBodyId == null || addresseeBodyId == evaluated ? null
                : registry.get(addresseeBodyId).id();
        long asked = addressee == null ? evaluated : addressee;
        LocalDate today = time.today();
        DocumentRequest r = evaluations.add(new DocumentRequest(d.id(), addressee, text, dueDate, today,
                access.caller().username(), clock.instant()));
        audit.record("DOCUMENTS_REQUESTED", "document_request", r.id(), null,
                Map.of("text", r.text(), "due", r.dueDate().toString(), "addressee", String.valueOf(asked)));
        // The event names the body that has to answer: the evaluated body or the other body asked.
        events.publish(new DocumentsRequested(tenant(), d.evaluation().year(), asked, d.id(), r.id(), r.dueDate(),
                r.requestedBy(), clock.instant()));
    }

    /** Computes the direction's score from the verified values and the body's total once all are scored. */
    public DirectionView score(long directionEvaluationId) {
        DirectionEvaluation d = routed(directionEvaluationId);
        BodySummary body = registry.get(d.evaluation().bodyId());
        BigDecimal before = d.score();
        d.score(methodologies.getById(d.methodologyId()), body.type(), clock.instant());
        Evaluation e = d.evaluation();
        e.rescore(setup.weights(e), methodologies.getRatingScale(e.year()), clock.instant());
        evaluations.flush();
        audit.record("DIRECTION_SCORED", "direction_evaluation", d.id(),
                before == null ? null : Map.of("score", before), Map.of("score", d.score(),
                        "total", e.totalScore() == null ? "" : e.totalScore().toPlainString()));
        events.publish(new ScoresChanged(tenant(), e.year(), e.bodyId(), e.id(), d.id(), d.direction().number(),
                d.score(), e.totalScore(), e.rating() == null ? null : e.rating().name(), access.caller().username(),
                d.scoredAt()));
        return views.direction(d, body);
    }

    private static String tenant() {
        return TenantContext.require().tenantCode();
    }

    private DirectionEvaluation routed(long directionEvaluationId) {
        return access.requireEvaluator(evaluations.getDirection(directionEvaluationId));
    }

    private static Map<String, Object> snapshot(IndicatorValue v) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("actual", v.actual() == null ? null : v.actual().toPlainString());
        m.put("target", v.target() == null ? null : v.target().toPlainString());
        m.put("verification", v.verification().name());
        m.put("verifiedActual", v.verifiedActual() == null ? null : v.verifiedActual().toPlainString());
        m.put("reason", v.verificationReason());
        return m;
    }

}
