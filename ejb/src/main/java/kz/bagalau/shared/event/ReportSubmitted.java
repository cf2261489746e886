package kz.bagalau.shared.event;

import java.time.Instant;

/** ¶41: a body submitted its reporting information on one direction to the evaluator. */
public record ReportSubmitted(String tenant, int year, long bodyId, long directionEvaluationId, int direction,
                              String by, Instant at) implements YearEvent {
}
