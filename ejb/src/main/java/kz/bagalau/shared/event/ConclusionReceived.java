package kz.bagalau.shared.event;

import java.time.Instant;

/** ¶55: the body confirmed receipt of a conclusion; its appeal window counts from this day. */
public record ConclusionReceived(String tenant, int year, long bodyId, long directionEvaluationId,
                                 long conclusionId, String by, Instant at) implements YearEvent {
}
