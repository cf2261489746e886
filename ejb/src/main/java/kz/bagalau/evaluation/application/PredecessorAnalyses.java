package kz.bagalau.evaluation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.evaluation.domain.DirectionEvaluation;
import kz.bagalau.evaluation.domain.EvaluationRepository;
import kz.bagalau.evaluation.domain.PredecessorAnalysis;
import kz.bagalau.evaluation.domain.ReorganisationRule;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.shared.domain.RuleViolation;

/**
 * ¶60-2: a body reorganised or liquidated in the second half of the year is not evaluated; the evaluator of each
 * direction records an analysis of its work within the successor's evaluation, shown on the successor's "why
 * this score" chain. Its recommendations reach the successor when the successor's conclusion on that direction
 * is sent ({@link ConclusionService}).
 */
@Stateless
public class PredecessorAnalyses {

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private EvaluationAccess access;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /**
     * Records or revises the analysis of {@code predecessorCode} on the successor's direction, while the direction
     * is under evaluation (before its conclusion is sent).
     *
     * @throws RuleViolation "analysis.predecessor.unknown" when the evaluation has no second-half predecessor of
     *                       that code, "analysis.state" once the conclusion was sent
     */
    @RolesAllowed({Role.Names.PLANNING_BODY, Role.Names.BUDGET_BODY, Role.Names.AKIM_APPARATUS})
    public AnalysisView record(long directionEvaluationId, String predecessorCode, String analysis,
                               String recommendations) {
        DirectionEvaluation d = access.requireEvaluator(evaluations.getDirection(directionEvaluationId));
        if (!d.evaluation().predecessorsUnder(ReorganisationRule.ANALYSIS_TO_SUCCESSOR).contains(predecessorCode)) {
            throw new RuleViolation("analysis.predecessor.unknown", String.valueOf(predecessorCode));
        }
        if (!d.state().underReview()) {
            throw new RuleViolation("analysis.state", d.direction().number());
        }
        String by = access.caller().username();
        Optional<PredecessorAnalysis> existing = evaluations.analysesOf(d.id()).stream()
                .filter(a -> a.predecessorCode().equals(predecessorCode)).findFirst();
        AnalysisView before = existing.map(AnalysisView::of).orElse(null);
        PredecessorAnalysis a = existing.orElseGet(() -> evaluations.add(new PredecessorAnalysis(d.id(),
                predecessorCode, analysis, recommendations, by, clock.instant())));
        if (existing.isPresent()) {
            a.revise(analysis, recommendations, by, clock.instant());
            evaluations.flush();
        }
        AnalysisView after = AnalysisView.of(a);
        audit.record("PREDECESSOR_ANALYSED", "predecessor_analysis", a.id(), before,
                Map.of("predecessor", predecessorCode, "direction", d.direction().number(),
                        "recommendations", a.recommendations()));
        return after;
    }
}
