package kz.bagalau.shared.event;

import java.time.Instant;

/** ¶49: the general evaluation went to the Regional Expert Commission. */
public record GeneralEvaluationSubmitted(String tenant, int year, String by, Instant at) implements YearEvent {
}
