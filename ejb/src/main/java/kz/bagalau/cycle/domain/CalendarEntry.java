package kz.bagalau.cycle.domain;

import java.time.LocalDate;
import java.util.Objects;

/** One date the calendar treats specially, with its reason in the three languages. */
public record CalendarEntry(LocalDate date, DayKind kind, String nameKk, String nameRu, String nameEn) {

    public CalendarEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
    }
}
