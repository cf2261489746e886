package kz.bagalau.shared.event;

import java.time.Instant;

/** A body was entered in its region's registry. */
public record BodyRegistered(String tenant, long bodyId, String code, String by, Instant at) implements DomainEvent {
}
