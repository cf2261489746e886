package kz.bagalau.shared.event;

import java.time.Instant;

/** ¶58: the special commission accepted or rejected an appeal, with reasons. */
public record AppealDecided(String tenant, int year, long bodyId, long directionEvaluationId, long appealId,
                            boolean accepted, String by, Instant at) implements YearEvent {
}
