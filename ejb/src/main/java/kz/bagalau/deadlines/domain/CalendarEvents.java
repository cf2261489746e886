package kz.bagalau.deadlines.domain;

import java.time.Instant;
import java.util.List;

/** The port to iCalendar: a deadline as an event, for a mail's attachment and for a user's calendar feed. */
public interface CalendarEvents {

    /** One deadline: a stable uid (the same event updates, never doubles), a title, a text and its instant. */
    record Event(String uid, String summary, String description, Instant at, String url) {
    }

    /** An iCalendar document (RFC 5545) with {@code events}. */
    String calendar(String name, List<Event> events);
}
