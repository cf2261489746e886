package kz.bagalau.shared.event;

import java.time.Instant;
import java.time.LocalDate;

/** ¶44: an evaluator asked for information or documents by a due date. */
public record DocumentsRequested(String tenant, int year, long bodyId, long directionEvaluationId, long requestId,
                                 LocalDate due, String by, Instant at) implements YearEvent {
}
