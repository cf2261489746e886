package kz.bagalau.shared.event;

import java.time.Instant;

/** ¶12: the planning body assembled the general evaluation. */
public record GeneralEvaluationAssembled(String tenant, int year, String by, Instant at) implements YearEvent {
}
