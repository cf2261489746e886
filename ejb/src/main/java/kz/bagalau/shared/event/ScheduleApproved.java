package kz.bagalau.shared.event;

import java.time.Instant;
import java.time.LocalDate;

/** ¶8: the akim approved the year's schedule. */
public record ScheduleApproved(String tenant, int year, LocalDate reportingDeadline, String by, Instant at)
        implements YearEvent {
}
