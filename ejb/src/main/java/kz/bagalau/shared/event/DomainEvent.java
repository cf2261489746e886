package kz.bagalau.shared.event;

import java.time.Instant;

/**
 * A fact that happened in one region, named in the past tense and immutable. Every event says which region
 * it belongs to, who caused it and when, so a listener never has to guess the tenant: a listener that runs
 * after the transaction, or on another thread, opens exactly this tenant and closes it in {@code finally}.
 */
public interface DomainEvent {

    /** The region's code; the tenant every listener acts for. */
    String tenant();

    /** The user (or the portal itself, for a scheduled act) who caused the fact. */
    String by();

    Instant at();
}
