package kz.bagalau.shared.event;

import java.time.Instant;
import java.time.LocalDate;

/** ¶8: the planning body drafted or changed the year's schedule. */
public record ScheduleDrafted(String tenant, int year, LocalDate reportingDeadline, String by, Instant at)
        implements YearEvent {
}
