package kz.bagalau.shared.event;

import java.time.Instant;

/** ¶54: the planning body published the results. */
public record ResultsPublished(String tenant, int year, String by, Instant at) implements YearEvent {
}
