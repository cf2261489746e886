package kz.bagalau.shared.event;

import java.time.Instant;

/** A body's evaluation of a year was opened with the methodologies in force. */
public record EvaluationOpened(String tenant, int year, long evaluationId, long bodyId, String by, Instant at)
        implements YearEvent {
}
