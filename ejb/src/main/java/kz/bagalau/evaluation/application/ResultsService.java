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
import kz.bagalau.evaluation.domain.NeedToKnow.Material;
import kz.bagalau.evaluation.domain.NeedToKnow.Reader;
import kz.bagalau.evaluation.domain.PredecessorNote;
import kz.bagalau.registry.application.BodyRegistry;
import kz.bagalau.registry.application.BodySummary;
import kz.bagalau.shared.domain.NotFoundException;

/**
 * The region's results for a year and the "why this score" chain of one body, each as the need-to-know
 * matrix opens them to the caller ({@link kz.bagalau.evaluation.domain.NeedToKnow}): a body its own, an
 * evaluator its directions, an expert what was assigned (¶48), and so on; a direction's score once its
 * conclusion was sent (its evaluator: at once). Every read of a chain by someone other than its body is
 * recorded (¶65).
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

    @Inject
    private MaterialReads reads;

    public List<BodyResult> overview(int year) {
        Map<Long, BodySummary> bodies = registry.byId();
        Map<Long, Evaluation> previous = new HashMap<>();
        evaluations.ofYear(year - 1).forEach(e -> previous.put(e.bodyId(), e));
        Function<DirectionState, String> stages = views.stagesOf(year);
        Reader reader = access.reader(year);
        List<BodyResult> results = new ArrayList<>();
        for (Evaluation e : evaluations.ofYear(year)) {
            // ¶60-1: a predecessor evaluated within its successor counts in the successor's total, not on its own.
            if (EvaluationAccess.canSee(reader, e) && bodies.containsKey(e.bodyId())
                    && !PredecessorTotals.withinSuccessor(bodies.get(e.bodyId()), year)) {
                results.add(result(reader, e, bodies.get(e.bodyId()), Optional.ofNullable(previous.get(e.bodyId())),
                        stages));
            }
        }
        results.sort(Comparator.comparing((BodyResult r) -> r.total() == null ? BigDecimal.valueOf(-1) : r.total())
                .reversed().thenComparing(r -> r.body().code()));
        return results;
    }

    /** @throws kz.bagalau.shared.domain.NotFoundException for another region's or another body's evaluation */
    public Explanation explain(long evaluationId) {
        Evaluation e = evaluations.getById(evaluationId);
        Reader reader = access.reader(e.year());
        if (!EvaluationAccess.canSee(reader, e)) {
            throw new NotFoundException("Evaluation", evaluationId);
        }
        BodySummary body = registry.get(e.bodyId());
        Optional<Evaluation> previous = evaluations.findByBodyAndYear(e.bodyId(), e.year() - 1);
        List<DirectionEvaluation> open = e.directions().stream()
                .filter(d -> EvaluationAccess.may(reader, d, Material.VALUE)).toList();
        List<DirectionView> directions = open.stream().map(d -> views.direction(d, body, reader)).toList();
        List<ConclusionView> conclusions = open.stream()
                .filter(d -> EvaluationAccess.may(reader, d, Material.CONCLUSION))
                .flatMap(d -> evaluations.conclusionsOf(d.id()).stream())
                .filter(c -> c.isSent())
                .map(ConclusionView::of).toList();
        boolean allVisible = open.size() == e.directions().size()
                && open.stream().allMatch(d -> EvaluationAccess.canSeeScore(reader, d));
        reads.record(reader, e, MaterialReads.What.EXPLANATION, "evaluation", e.id());
        return new Explanation(e.id(), BodyRef.of(body), e.year(), allVisible ? e.totalScore() : null,
                allVisible ? e.rating() : null, allVisible ? previous.map(Evaluation::totalScore).orElse(null) : null,
                directions, conclusions, PredecessorNote.parse(e.predecessorNote()),
                allVisible ? e.ownTotal() : null);
    }

    private BodyResult result(Reader reader, Evaluation e, BodySummary body, Optional<Evaluation> previous,
                              Function<DirectionState, String> stages) {
        List<BodyResult.DirectionScore> directions = new ArrayList<>();
        boolean allVisible = true;
        for (DirectionEvaluation d : e.directions()) {
            if (!EvaluationAccess.may(reader, d, Material.EVALUATION)) {
                allVisible = false;
                continue;
            }
            boolean visible = EvaluationAccess.canSeeScore(reader, d);
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
