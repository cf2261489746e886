package kz.bagalau.shared.event;

import java.time.Instant;

/** The evaluator sent a direction's data back to the body, with a reason. */
public record ReportReopened(String tenant, int year, long bodyId, long directionEvaluationId, int direction,
                             String reason, String by, Instant at) implements YearEvent {
}
