package kz.bagalau.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.evaluation.domain.Evaluation;
import kz.bagalau.evaluation.domain.EvaluationRepository;
import kz.bagalau.evaluation.domain.ReorganisationRule;
import kz.bagalau.evaluation.domain.SuccessorTotal;
import kz.bagalau.methodology.domain.MethodologyRepository;
import kz.bagalau.methodology.domain.Rating;
import kz.bagalau.registry.application.BodyRegistry;
import kz.bagalau.registry.application.BodySummary;
import kz.bagalau.shared.event.ScoresChanged;

/**
 * ¶60-1: keeps a successor's counted total up to date whenever it or a predecessor evaluated within it is
 * scored. Listens inside the scoring transaction, so a total and what it counts commit together.
 */
@ApplicationScoped
public class PredecessorTotals {

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private BodyRegistry registry;

    @Inject
    private MethodologyRepository methodologies;

    @Inject
    private AuditLog audit;

    void on(@Observes ScoresChanged scored) {
        Map<Long, BodySummary> bodies = registry.byId();
        BodySummary body = bodies.get(scored.bodyId());
        if (body == null) {
            return;
        }
        long successor = withinSuccessor(body, scored.year()) ? body.successorId() : body.id();
        List<BodySummary> predecessors = bodies.values().stream()
                .filter(b -> b.successorId() != null && b.successorId() == successor)
                .filter(b -> withinSuccessor(b, scored.year())).toList();
        if (!predecessors.isEmpty()) {
            evaluations.findByBodyAndYear(successor, scored.year())
                    .ifPresent(e -> count(e, predecessors, scored.year()));
        }
    }

    /**
     * Whether the body is one of the year's ¶60-1 predecessors, evaluated within its successor: it stands in no
     * ranking of its own (results, general evaluation, publication); it counts in its successor's total.
     */
    public static boolean withinSuccessor(BodySummary b, int year) {
        return b.successorId() != null
                && ReorganisationRule.of(b.status(), b.statusDate(), year, null).withinSuccessor();
    }

    private void count(Evaluation successor, List<BodySummary> predecessors, int year) {
        List<SuccessorTotal.Part> parts = predecessors.stream().map(p -> new SuccessorTotal.Part(
                evaluations.findByBodyAndYear(p.id(), year).map(Evaluation::ownTotal).orElse(null), p.statusDate()))
                .toList();
        Optional<BigDecimal> counted = SuccessorTotal.combine(year, successor.ownTotal(), parts);
        BigDecimal before = successor.totalScore();
        Rating rating = counted.map(t -> methodologies.getRatingScale(year).rate(t)).orElse(null);
        successor.countWithPredecessors(counted.orElse(null), rating);
        evaluations.flush();
        if (counted.isPresent() && !counted.get().equals(before)) {
            audit.record("PREDECESSORS_COUNTED", "evaluation", successor.id(),
                    before == null ? null : Map.of("total", before.toPlainString()),
                    Map.of("total", counted.get().toPlainString(), "own", successor.ownTotal().toPlainString(),
                            "predecessors", predecessors.stream().map(BodySummary::code).toList()));
        }
    }
}
