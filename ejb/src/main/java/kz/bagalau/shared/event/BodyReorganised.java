package kz.bagalau.shared.event;

import java.time.Instant;
import java.time.LocalDate;

/** A body was reorganised, liquidated or made active again (¶60-1..¶60-3); {@code successorId} is its legal successor, if any. */
public record BodyReorganised(String tenant, long bodyId, String status, LocalDate date, Long successorId,
                              String by, Instant at) implements DomainEvent {
}
