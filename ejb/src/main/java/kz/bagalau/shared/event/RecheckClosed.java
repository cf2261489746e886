package kz.bagalau.shared.event;

import java.time.Instant;

/** ¶60: a re-check was closed with its outcome. */
public record RecheckClosed(String tenant, int year, long bodyId, long directionEvaluationId, long recheckId,
                            String by, Instant at) implements YearEvent {
}
