package kz.bagalau.evaluation.application;

import java.math.BigDecimal;
import java.time.Instant;
import kz.bagalau.evaluation.domain.DirectionState;

/** One body's direction waiting for, or under, the caller's evaluation; {@code stage} as {@link DirectionView}'s. */
public record QueueRow(long directionEvaluationId, long evaluationId, BodyRef body, int direction, DirectionState state,
                       String stage, BigDecimal score, long pendingValues, Instant submittedAt) {
}
