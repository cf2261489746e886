package kz.bagalau.evaluation.application;

import java.math.BigDecimal;
import java.util.List;
import kz.bagalau.evaluation.domain.DirectionState;
import kz.bagalau.methodology.domain.Rating;

/**
 * One body's results for a year: per direction its state and score (null until the caller may see it),
 * the total, the rating and last year's total for the change. {@code stage} is where the body as a whole
 * stands: its furthest-behind direction's state, or once all are final the region's step since.
 */
public record BodyResult(long evaluationId, BodyRef body, BigDecimal total, Rating rating, BigDecimal previousTotal,
                         String stage, List<DirectionScore> directions) {

    /** A direction's line; {@code stage} as {@link DirectionView}'s. */
    public record DirectionScore(long directionEvaluationId, int direction, DirectionState state, String stage,
                                 BigDecimal score, BigDecimal previousScore) {

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

    /** The furthest-behind state of the body's directions. */
    public static DirectionState furthestBehind(List<DirectionState> states) {
        DirectionState behind = null;
        for (DirectionState s : states) {
            behind = behind == null || s.isBehind(behind) ? s : behind;
        }
        return behind == null ? DirectionState.DRAFT : behind;
    }
}
