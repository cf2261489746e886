package kz.bagalau.evaluation.application;

import java.math.BigDecimal;
import java.util.List;
import kz.bagalau.evaluation.domain.PredecessorNote;
import kz.bagalau.methodology.domain.Rating;

/**
 * "Why this score" (¶9.3-¶9.4 made visible): from a body's total down through each direction and criterion to
 * every indicator's figure, its source, its documents and who verified it when, with the conclusions sent and
 * what ¶60-1..¶60-3 did with a reorganised predecessor (or with this body's results).
 */
public record Explanation(long evaluationId, BodyRef body, int year, BigDecimal total, Rating rating,
                          BigDecimal previousTotal, List<DirectionView> directions, List<ConclusionView> conclusions,
                          List<PredecessorNote> predecessors, BigDecimal ownTotal) {

    public Explanation {
        directions = List.copyOf(directions);
        conclusions = List.copyOf(conclusions);
        predecessors = List.copyOf(predecessors);
    }
}
