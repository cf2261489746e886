package kz.bagalau.cycle.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Kazakhstan's public holidays of a year as the Labour Code sets them: New Year (1-2 January), Orthodox
 * Christmas (7 January), International Women's Day (8 March), Nauryz (21-23 March), Unity Day (1 May),
 * Defender's Day (7 May), Victory Day (9 May), Capital Day (6 July), Constitution Day (30 August), Republic
 * Day (25 October), Independence Day (16 December) and the first day of Kurban Ait. A holiday that falls on
 * a weekend moves its day off to the next working day; the religious holidays (7 January, Kurban Ait) do not.
 * Government transfers of single days are the region administrator's edits on top.
 */
public final class PublicHolidays {

    private record Holiday(MonthDay day, String kk, String ru, String en, boolean religious) {
    }

    private static final List<Holiday> FIXED = List.of(
            new Holiday(MonthDay.of(1, 1), "Жаңа жыл", "Новый год", "New Year", false),
            new Holiday(MonthDay.of(1, 2), "Жаңа жыл", "Новый год", "New Year", false),
            new Holiday(MonthDay.of(1, 7), "Православиелік Рождество", "Православное Рождество", "Orthodox Christmas", true),
            new Holiday(MonthDay.of(3, 8), "Халықаралық әйелдер күні", "Международный женский день",
                    "International Women's Day", false),
            new Holiday(MonthDay.of(3, 21), "Наурыз мейрамы", "Наурыз мейрамы", "Nauryz", false),
            new Holiday(MonthDay.of(3, 22), "Наурыз мейрамы", "Наурыз мейрамы", "Nauryz", false),
            new Holiday(MonthDay.of(3, 23), "Наурыз мейрамы", "Наурыз мейрамы", "Nauryz", false),
            new Holiday(MonthDay.of(5, 1), "Қазақстан халқының бірлігі мерекесі", "Праздник единства народа Казахстана",
                    "Unity Day", false),
            new Holiday(MonthDay.of(5, 7), "Отан қорғаушы күні", "День защитника Отечества", "Defender of the Fatherland Day",
                    false),
            new Holiday(MonthDay.of(5, 9), "Жеңіс күні", "День Победы", "Victory Day", false),
            new Holiday(MonthDay.of(7, 6), "Астана күні", "День столицы", "Capital Day", false),
            new Holiday(MonthDay.of(8, 30), "Конституция күні", "День Конституции", "Constitution Day", false),
            new Holiday(MonthDay.of(10, 25), "Республика күні", "День Республики", "Republic Day", false),
            new Holiday(MonthDay.of(12, 16), "Тәуелсіздік күні", "День Независимости", "Independence Day", false));

    /** The first day of Kurban Ait, set each year by the Spiritual Administration of Muslims. */
    public static final Map<Integer, LocalDate> KURBAN_AIT = Map.of(
            2024, LocalDate.of(2024, 6, 16),
            2025, LocalDate.of(2025, 6, 6),
            2026, LocalDate.of(2026, 5, 27),
            2027, LocalDate.of(2027, 5, 16),
            2028, LocalDate.of(2028, 5, 5));

    private PublicHolidays() {
    }

    /** The holidays and moved days off of {@code year}; Kurban Ait only where its date is known. */
    public static List<CalendarEntry> of(int year) {
        List<CalendarEntry> entries = new ArrayList<>();
        Set<LocalDate> off = new HashSet<>();
        for (Holiday h : FIXED) {
            LocalDate date = h.day().atYear(year);
            entries.add(new CalendarEntry(date, DayKind.HOLIDAY, h.kk(), h.ru(), h.en()));
            off.add(date);
        }
        LocalDate kurban = KURBAN_AIT.get(year);
        if (kurban != null) {
            entries.add(new CalendarEntry(kurban, DayKind.HOLIDAY, "Құрбан айт", "Курбан айт", "Kurban Ait"));
            off.add(kurban);
        }
        for (Holiday h : FIXED) {
            LocalDate date = h.day().atYear(year);
            if (!h.religious() && isWeekend(date)) {
                LocalDate moved = date.plusDays(1);
                while (isWeekend(moved) || off.contains(moved)) {
                    moved = moved.plusDays(1);
                }
                off.add(moved);
                entries.add(new CalendarEntry(moved, DayKind.DAY_OFF, "Ауыстырылған демалыс: " + h.kk(),
                        "Перенесенный выходной: " + h.ru(), "Day off moved from " + h.en()));
            }
        }
        return entries;
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
