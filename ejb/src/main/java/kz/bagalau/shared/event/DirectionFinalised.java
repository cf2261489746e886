package kz.bagalau.shared.event;

import java.time.Instant;

/** ¶46: the evaluator passed a direction's final conclusion to the planning body. */
public record DirectionFinalised(String tenant, int year, long bodyId, long directionEvaluationId, int direction,
                                 String by, Instant at) implements YearEvent {
}
