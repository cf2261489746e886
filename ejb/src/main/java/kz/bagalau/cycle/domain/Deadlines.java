package kz.bagalau.cycle.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Deadlines are the end of the day in the region's time zone, stored and compared as instants. */
public final class Deadlines {

    private Deadlines() {
    }

    /** The first instant after {@code day} in {@code zone}: anything before it is in time. */
    public static Instant endOf(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public static boolean passed(LocalDate day, ZoneId zone, Instant now) {
        return !now.isBefore(endOf(day, zone));
    }
}
