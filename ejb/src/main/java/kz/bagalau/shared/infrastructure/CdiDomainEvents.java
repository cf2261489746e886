package kz.bagalau.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import kz.bagalau.shared.event.DomainEvent;
import kz.bagalau.shared.event.DomainEvents;

/**
 * Domain events as CDI events, fired synchronously on the caller's thread: an observer runs inside the
 * transaction of the change unless it asks for a later phase ({@code @Observes(during = AFTER_SUCCESS)}).
 */
@ApplicationScoped
public class CdiDomainEvents implements DomainEvents {

    @Inject
    private Event<DomainEvent> events;

    @Override
    public void publish(DomainEvent event) {
        events.fire(event);
    }
}
