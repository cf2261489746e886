package kz.bagalau.shared.event;

import java.time.Instant;

/** ¶60: the commission's working body started a re-check of one result. */
public record RecheckStarted(String tenant, int year, long bodyId, long directionEvaluationId, long recheckId,
                             String by, Instant at) implements YearEvent {
}
