package kz.bagalau.deadlines.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import kz.bagalau.deadlines.domain.CalendarEvents;
import org.junit.jupiter.api.Test;

class Ical4jCalendarEventsTest {

    @Test
    void should_write_a_deadline_as_an_event_with_a_stable_uid_in_utc() {
        String ics = new Ical4jCalendarEvents().calendar("Бағалау", List.of(new CalendarEvents.Event(
                "karaganda-2026-CONCLUSIONS-0@bagalau", "Қорытындылар ¶45-2", "http://127.0.0.1:8080/app/x",
                Instant.parse("2027-06-01T18:59:00Z"), "http://127.0.0.1:8080")));

        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("METHOD:PUBLISH")
                .contains("UID:karaganda-2026-CONCLUSIONS-0@bagalau").contains("DTSTART:20270601T185900Z")
                .contains("SUMMARY:Қорытындылар ¶45-2").contains("END:VEVENT");
    }
}
