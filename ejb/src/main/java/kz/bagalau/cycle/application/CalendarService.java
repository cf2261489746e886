package kz.bagalau.cycle.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.cycle.domain.CalendarDay;
import kz.bagalau.cycle.domain.CalendarEntry;
import kz.bagalau.cycle.domain.CycleRepository;
import kz.bagalau.cycle.domain.DayKind;
import kz.bagalau.cycle.domain.PublicHolidays;
import kz.bagalau.cycle.domain.WorkingCalendar;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.shared.domain.RuleViolation;

/**
 * The region's working-day calendar: statutory holidays (seeded for last, this and next year) plus the
 * government's transfers, which the region's administrator enters; and "N working days from a date", the one
 * function every window of the Rules uses (¶55, ¶58). A year with nothing stored yet (a server that has run
 * past New Year since it was started) counts with the statutory holidays rather than with weekends alone; the
 * first entry an administrator makes in such a year stores its statutory days first, so a stored year is
 * always complete and a removed holiday stays removed.
 */
@Stateless
public class CalendarService {

    @Inject
    private CycleRepository cycles;

    @Inject
    private AuditLog audit;

    public List<CalendarEntry> entries(int year) {
        return entries(year, year);
    }

    /** The calendar around a date: its year and the next, so windows that cross New Year count right. */
    public WorkingCalendar around(LocalDate date) {
        return new WorkingCalendar(entries(date.getYear() - 1, date.getYear() + 1));
    }

    private List<CalendarEntry> entries(int fromYear, int toYear) {
        Map<Integer, List<CalendarEntry>> stored = cycles.calendar(fromYear, toYear).stream().map(CalendarDay::entry)
                .collect(Collectors.groupingBy(e -> e.date().getYear()));
        List<CalendarEntry> all = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            all.addAll(stored.getOrDefault(year, PublicHolidays.of(year)));
        }
        return all;
    }

    public LocalDate addWorkingDays(LocalDate from, int days) {
        if (days < 0 || days > 366) {
            throw new RuleViolation("calendar.days.range");
        }
        return around(from).addWorkingDays(from, days);
    }

    /** Enters or corrects a date, e.g. a government transfer of a working day. */
    @RolesAllowed({Role.Names.REGION_ADMIN, Role.Names.PLATFORM_ADMIN})
    public void set(CalendarEntry entry) {
        if (entry.nameKk() == null || entry.nameKk().isBlank() || entry.nameRu() == null || entry.nameRu().isBlank()
                || entry.nameEn() == null || entry.nameEn().isBlank()) {
            throw new RuleViolation("calendar.name.required");
        }
        if (entry.kind() == DayKind.WORKING_DAY && entry.date().getDayOfWeek().getValue() < 6) {
            throw new RuleViolation("calendar.working.weekday");
        }
        storeStatutoryDaysIfNone(entry.date().getYear());
        CalendarEntry before = cycles.findDay(entry.date()).map(CalendarDay::entry).orElse(null);
        cycles.findDay(entry.date()).ifPresentOrElse(d -> d.change(entry), () -> cycles.add(new CalendarDay(entry)));
        audit.record("CALENDAR_SET", "calendar_day", entry.date(), before, entry);
    }

    @RolesAllowed({Role.Names.REGION_ADMIN, Role.Names.PLATFORM_ADMIN})
    public void remove(LocalDate date) {
        storeStatutoryDaysIfNone(date.getYear());
        CalendarDay day = cycles.getDay(date);
        cycles.remove(day);
        audit.record("CALENDAR_REMOVED", "calendar_day", date, day.entry(), Map.of());
    }

    /**
     * Stores the statutory holidays of {@code fromYear} to {@code toYear} in a new region's calendar, as the
     * catalogue's regions get them at start-up; part of provisioning the region, in its transaction.
     */
    @RolesAllowed(Role.Names.PLATFORM_ADMIN)
    public void provision(int fromYear, int toYear) {
        for (int year = fromYear; year <= toYear; year++) {
            storeStatutoryDaysIfNone(year);
        }
    }

    private void storeStatutoryDaysIfNone(int year) {
        if (cycles.calendar(year, year).isEmpty()) {
            List<CalendarEntry> statutory = PublicHolidays.of(year);
            statutory.forEach(e -> cycles.add(new CalendarDay(e)));
            audit.record("CALENDAR_SEEDED", "calendar", year, null, Map.of("statutoryDays", statutory.size()));
        }
    }
}
