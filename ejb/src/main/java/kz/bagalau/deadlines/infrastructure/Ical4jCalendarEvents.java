package kz.bagalau.deadlines.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.List;
import kz.bagalau.deadlines.domain.CalendarEvents;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.FluentCalendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;

/**
 * iCalendar through ical4j: each deadline is an event at its instant (in UTC, which every calendar shows in its
 * own zone), with a uid that stays the same, so a calendar that sees it again updates it instead of doubling it.
 */
@ApplicationScoped
public class Ical4jCalendarEvents implements CalendarEvents {

    @Override
    public String calendar(String name, List<Event> events) {
        FluentCalendar calendar = new Calendar().withProdId("-//Bagalau//Deadlines//KK").withDefaults()
                .withProperty(ImmutableMethod.PUBLISH).withProperty(new XProperty("X-WR-CALNAME", name));
        for (Event e : events) {
            VEvent event = new VEvent(e.at(), e.summary());
            event.withProperty(new Uid(e.uid())).withProperty(new Description(e.description()));
            if (e.url() != null) {
                event.withProperty(new Url(URI.create(e.url())));
            }
            calendar = calendar.withComponent(event);
        }
        return calendar.getFluentTarget().toString();
    }
}
