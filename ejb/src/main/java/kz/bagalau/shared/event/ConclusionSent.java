package kz.bagalau.shared.event;

import java.time.Instant;

/** ¶45-2: a conclusion (or a corrected version, ¶59, ¶60) went to the body. */
public record ConclusionSent(String tenant, int year, long bodyId, long directionEvaluationId, int direction,
                             long conclusionId, int version, String by, Instant at) implements YearEvent {
}
