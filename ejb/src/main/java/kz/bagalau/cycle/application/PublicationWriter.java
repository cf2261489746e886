package kz.bagalau.cycle.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.bagalau.cycle.domain.Publications;
import kz.bagalau.cycle.domain.Ranking;
import kz.bagalau.evaluation.application.PredecessorTotals;
import kz.bagalau.evaluation.domain.Evaluation;
import kz.bagalau.evaluation.domain.EvaluationRepository;
import kz.bagalau.registry.application.BodySummary;
import kz.bagalau.registry.domain.ExecutiveBodyRepository;

/**
 * Writes the current region's published snapshot (¶54): places, totals, ratings and direction scores of every
 * evaluated body, nothing else, whoever publishes. Used when the planning body publishes and by the demo's
 * history.
 */
@ApplicationScoped
public class PublicationWriter {

    @Inject
    private Publications publications;

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private ExecutiveBodyRepository bodyRepository;

    public void write(int year, Instant at, String by) {
        Map<Long, BodySummary> bodies = new HashMap<>();
        bodyRepository.all().forEach(b -> bodies.put(b.id(), BodySummary.of(b)));
        List<Evaluation> ranked = evaluations.ofYear(year).stream()
                .filter(e -> !PredecessorTotals.withinSuccessor(bodies.get(e.bodyId()), year))
                .sorted(Comparator.comparing((Evaluation e) -> e.totalScore() == null ? BigDecimal.valueOf(-1)
                        : e.totalScore()).reversed().thenComparing(e -> bodies.get(e.bodyId()).code()))
                .toList();
        List<Integer> places = Ranking.places(ranked.stream().map(Evaluation::totalScore).toList());
        List<PublishedResults.Row> rows = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Evaluation e = ranked.get(i);
            BodySummary b = bodies.get(e.bodyId());
            rows.add(new PublishedResults.Row(places.get(i), b.code(), b.nameKk(), b.nameRu(), b.nameEn(), b.type(),
                    e.totalScore(), e.rating(), e.directions().stream()
                    .map(d -> new PublishedResults.Score(d.direction().number(), d.score())).toList()));
        }
        publications.save(year, at, by, PublicationService.JSON.toJson(rows));
    }
}
