package kz.bagalau.cycle.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Working days of one region: Monday to Friday, minus public holidays and days off, plus weekend days a
 * government transfer made working. "N working days from receipt" (¶55, ¶58) is {@link #addWorkingDays}: the
 * day of receipt does not count, the N-th working day after it is the last day of the window.
 */
public final class WorkingCalendar {

    private final Map<LocalDate, DayKind> entries = new HashMap<>();

    public WorkingCalendar(Collection<CalendarEntry> entries) {
        entries.forEach(e -> this.entries.put(e.date(), e.kind()));
    }

    public boolean isWorkingDay(LocalDate date) {
        DayKind kind = entries.get(date);
        if (kind == DayKind.WORKING_DAY) {
            return true;
        }
        if (kind == DayKind.HOLIDAY || kind == DayKind.DAY_OFF) {
            return false;
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The date {@code days} working days after {@code from} (which itself does not count). */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate date = from;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** The date {@code days} working days before {@code to} (which itself does not count). */
    public LocalDate workingDaysBefore(LocalDate to, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate date = to;
        int counted = 0;
        while (counted < days) {
            date = date.minusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** The first working day after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return addWorkingDays(date, 1);
    }
}
