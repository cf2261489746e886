package kz.bagalau.shared.event;

import java.time.Instant;
import java.time.LocalDate;

/** A step's deadline was extended with a reason, region-wide or for one body, direction or appeal. */
public record DeadlineExtended(String tenant, int year, String step, Long bodyId, Integer direction,
                               Long appealId, LocalDate until, String reason, String by, Instant at)
        implements YearEvent {
}
