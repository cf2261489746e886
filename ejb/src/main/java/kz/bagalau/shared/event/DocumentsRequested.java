package kz.bagalau.shared.event;

import java.time.Instant;
import java.time.LocalDate;

/**
 * ¶44: an evaluator asked for information or documents by a due date; {@code bodyId} is the body that has to
 * answer: the evaluated body or another executive body of the region.
 */
public record DocumentsRequested(String tenant, int year, long bodyId, long directionEvaluationId, long requestId,
                                 LocalDate due, String by, Instant at) implements YearEvent {
}
