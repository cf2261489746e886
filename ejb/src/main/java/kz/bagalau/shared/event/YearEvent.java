package kz.bagalau.shared.event;

/** An event of one evaluated year's cycle: the year Y whose evaluation runs in Y+1. */
public interface YearEvent extends DomainEvent {

    int year();
}
