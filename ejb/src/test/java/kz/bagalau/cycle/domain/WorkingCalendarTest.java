package kz.bagalau.cycle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private static WorkingCalendar calendar(int... years) {
        List<CalendarEntry> entries = new ArrayList<>();
        for (int y : years) {
            entries.addAll(PublicHolidays.of(y));
        }
        return new WorkingCalendar(entries);
    }

    @Test
    @DisplayName("¶58: the reminders 2 and 1 working days before a decision due on 26 March 2026 skip back over Nauryz")
    void should_count_working_days_back_over_nauryz() {
        WorkingCalendar c = calendar(2026);

        assertThat(c.workingDaysBefore(LocalDate.of(2026, 3, 26), 1)).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(c.workingDaysBefore(LocalDate.of(2026, 3, 26), 2)).isEqualTo(LocalDate.of(2026, 3, 19));
        assertThat(c.workingDaysBefore(LocalDate.of(2026, 3, 26), 0)).isEqualTo(LocalDate.of(2026, 3, 26));
    }

    @Test
    @DisplayName("¶55: five working days across Nauryz 2026, whose weekend days move to 24 and 25 March")
    void should_skip_nauryz_and_its_moved_days_off() {
        WorkingCalendar c = calendar(2026);

        // Friday 20 March 2026; 21-22 weekend holidays, 23 Monday holiday, 24-25 moved days off.
        assertThat(c.addWorkingDays(LocalDate.of(2026, 3, 20), 1)).isEqualTo(LocalDate.of(2026, 3, 26));
        assertThat(c.addWorkingDays(LocalDate.of(2026, 3, 20), 5)).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    @DisplayName("A holiday on a weekend moves its day off to the next working day")
    void should_move_a_weekend_holiday_to_the_next_working_day() {
        WorkingCalendar c = calendar(2026);

        // 8 March 2026 is a Sunday: Monday 9 March is off.
        assertThat(c.isWorkingDay(LocalDate.of(2026, 3, 9))).isFalse();
        // 30 August 2026 is a Sunday: Monday 31 August is off.
        assertThat(c.isWorkingDay(LocalDate.of(2026, 8, 31))).isFalse();
        assertThat(c.isWorkingDay(LocalDate.of(2026, 9, 1))).isTrue();
    }

    @Test
    @DisplayName("Religious holidays on a weekend do not move: 7 January 2029-like cases and Kurban Ait 2027")
    void should_not_move_religious_holidays() {
        WorkingCalendar c = calendar(2027);

        // Kurban Ait 2027 falls on Sunday 16 May: Monday 17 May stays a working day.
        assertThat(c.isWorkingDay(LocalDate.of(2027, 5, 17))).isTrue();
        // 9 May 2027 is a Sunday: Monday 10 May is off.
        assertThat(c.isWorkingDay(LocalDate.of(2027, 5, 10))).isFalse();
    }

    @Test
    @DisplayName("¶55: a window that crosses the year boundary skips the New Year holidays")
    void should_count_across_the_year_boundary() {
        WorkingCalendar c = calendar(2026, 2027);

        // Wednesday 30 December 2026: 31 Dec (Thu) is day 1; 1 Jan (Fri) holiday; 2 Jan (Sat) holiday on a weekend
        // moves to Monday 4 Jan; 7 Jan (Thu) holiday; so 5, 6, 8, 11 January are days 2-5.
        assertThat(c.addWorkingDays(LocalDate.of(2026, 12, 30), 5)).isEqualTo(LocalDate.of(2027, 1, 11));
    }

    @Test
    @DisplayName("A government transfer makes a Saturday working and a Friday off")
    void should_apply_government_transfers() {
        List<CalendarEntry> entries = new ArrayList<>(PublicHolidays.of(2026));
        entries.add(new CalendarEntry(LocalDate.of(2026, 1, 3), DayKind.WORKING_DAY, "ж", "р", "w"));
        entries.add(new CalendarEntry(LocalDate.of(2026, 1, 5), DayKind.DAY_OFF, "д", "в", "o"));
        WorkingCalendar c = new WorkingCalendar(entries);

        assertThat(c.isWorkingDay(LocalDate.of(2026, 1, 3))).isTrue();
        assertThat(c.addWorkingDays(LocalDate.of(2026, 1, 2), 2)).isEqualTo(LocalDate.of(2026, 1, 6));
    }

    @Test
    void should_list_every_statutory_holiday_of_the_year() {
        assertThat(PublicHolidays.of(2026)).filteredOn(e -> e.kind() == DayKind.HOLIDAY).hasSize(15);
        assertThat(PublicHolidays.of(2025)).extracting(CalendarEntry::date)
                .contains(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 7, 7), LocalDate.of(2025, 9, 1),
                        LocalDate.of(2025, 10, 27), LocalDate.of(2025, 6, 6));
    }
}
