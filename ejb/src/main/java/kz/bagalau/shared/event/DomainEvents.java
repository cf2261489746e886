package kz.bagalau.shared.event;

/**
 * Where application services announce what happened. Publishing is synchronous and inside the caller's
 * transaction: listeners that write (notifications, the mail outbox, read models) commit or roll back with
 * the change that caused them; a listener that refuses rolls the whole action back.
 */
public interface DomainEvents {

    void publish(DomainEvent event);
}
