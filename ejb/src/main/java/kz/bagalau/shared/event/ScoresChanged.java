package kz.bagalau.shared.event;

import java.math.BigDecimal;
import java.time.Instant;

/** A direction was scored; {@code total} and {@code rating} are the body's, null until every direction has a score. */
public record ScoresChanged(String tenant, int year, long bodyId, long evaluationId, long directionEvaluationId,
                            int direction, BigDecimal score, BigDecimal total, String rating, String by,
                            Instant at) implements YearEvent {
}
