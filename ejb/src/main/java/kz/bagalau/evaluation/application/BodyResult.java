package kz.bagalau.evaluation.application;

import java.math.BigDecimal;
import java.util.List;
import kz.bagalau.evaluation.domain.DirectionState;
import kz.bagalau.methodology.domain.Rating;

/**
 * One body's results for a year: per direction its state and score (null until the caller may see it),
 * the total, the rating and last year's total for the change.
 */
public record BodyResult(long evaluationId, BodyRef body, BigDecimal total, Rating rating, BigDecimal previousTotal,
                         List<DirectionScore> directions) {

    /** A direction's line. */
    public record DirectionScore(long directionEvaluationId, int direction, DirectionState state, BigDecimal score,
                                 BigDecimal previousScore) {

        public BigDecimal change() {
            return score == null || previousScore == null ? null : score.subtract(previousScore);
        }
    }

    public BodyResult {
        directions = List.copyOf(directions);
    }

    public BigDecimal totalChange() {
        return total == null || previousTotal == null ? null : total.subtract(previousTotal);
    }

    public DirectionScore direction(int number) {
        return directions.stream().filter(d -> d.direction() == number).findFirst().orElse(null);
    }

    /** The furthest-behind state of the body's directions: where the body as a whole stands. */
    public DirectionState status() {
        return directions.stream().map(DirectionScore::state).min(Enum::compareTo).orElse(DirectionState.DRAFT);
    }
}
