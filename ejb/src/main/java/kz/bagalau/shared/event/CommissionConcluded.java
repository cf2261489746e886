package kz.bagalau.shared.event;

import java.time.Instant;

/** ¶51: the commission sent the results with its expert conclusion to the akim. */
public record CommissionConcluded(String tenant, int year, String by, Instant at) implements YearEvent {
}
