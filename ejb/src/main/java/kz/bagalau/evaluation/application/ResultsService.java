package kz.bagalau.evaluation.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import kz.bagalau.evaluation.domain.DirectionEvaluation;
import kz.bagalau.evaluation.domain.DirectionState;
import kz.bagalau.evaluation.domain.Evaluation;
import kz.bagalau.evaluation.domain.EvaluationRepository;
import kz.bagalau.evaluation.domain.PredecessorNote;
import kz.bagalau.registry.application.BodyRegistry;
import kz.bagalau.registry.application.BodySummary;

/**
 * The region's results for a year and the "why this score" chain of one body. A body sees its own; other
 * roles see every body, with a direction's score once its conclusion was sent (its evaluator: at once).
 */
@Stateless
public class ResultsService {

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private EvaluationAccess access;

    @Inject
    private EvaluationViews views;

    @Inject
    private BodyRegistry registry;

    public List<BodyResult> overview(int year) {
        Map<Long, BodySummary> bodies = registry.byId();
        Map<Long, Evaluation> previous = new HashMap<>();
        evaluations.ofYear(year - 1).forEach(e -> previous.put(e.bodyId(), e));
        Function<DirectionState, String> stages = views.stagesOf(year);
        List<BodyResult> results = new ArrayList<>();
        for (Evaluation e : evaluations.ofYear(year)) {
            if (access.canSee(e) && bodies.containsKey(e.bodyId())) {
                results.add(result(e, bodies.get(e.bodyId()), Optional.ofNullable(previous.get(e.bodyId())), stages));
            }
        }
        results.sort(Comparator.comparing((BodyResult r) -> r.total() == null ? BigDecimal.valueOf(-1) : r.total())
                .reversed().thenComparing(r -> r.body().code()));
        return results;
    }

    /** @throws kz.bagalau.shared.domain.NotFoundException for another region's or another body's evaluation */
    public Explanation explain(long evaluationId) {
        Evaluation e = access.requireVisible(evaluations.getById(evaluationId));
        BodySummary body = registry.get(e.bodyId());
        Optional<Evaluation> previous = evaluations.findByBodyAndYear(e.bodyId(), e.year() - 1);
        List<DirectionView> directions = e.directions().stream().map(d -> views.direction(d, body)).toList();
        List<ConclusionView> conclusions = e.directions().stream()
                .flatMap(d -> evaluations.conclusionsOf(d.id()).stream())
                .filter(c -> c.isSent())
                .map(ConclusionView::of).toList();
        boolean allVisible = e.directions().stream().allMatch(access::canSeeScore);
        return new Explanation(e.id(), BodyRef.of(body), e.year(), allVisible ? e.totalScore() : null,
                allVisible ? e.rating() : null, allVisible ? previous.map(Evaluation::totalScore).orElse(null) : null,
                directions, conclusions, PredecessorNote.parse(e.predecessorNote()));
    }

    private BodyResult result(Evaluation e, BodySummary body, Optional<Evaluation> previous,
                              Function<DirectionState, String> stages) {
        List<BodyResult.DirectionScore> directions = new ArrayList<>();
        boolean allVisible = true;
        for (DirectionEvaluation d : e.directions()) {
            boolean visible = access.canSeeScore(d);
            allVisible &= visible;
            BigDecimal before = previous.flatMap(p -> p.direction(d.direction())).map(DirectionEvaluation::score)
                    .orElse(null);
            directions.add(new BodyResult.DirectionScore(d.id(), d.direction().number(), d.state(),
                    stages.apply(d.state()), visible ? d.score() : null, visible ? before : null));
        }
        DirectionState behind = BodyResult.furthestBehind(e.directions().stream().map(DirectionEvaluation::state)
                .toList());
        return new BodyResult(e.id(), BodyRef.of(body), allVisible ? e.totalScore() : null,
                allVisible ? e.rating() : null, allVisible ? previous.map(Evaluation::totalScore).orElse(null) : null,
                stages.apply(behind), directions);
    }
}
