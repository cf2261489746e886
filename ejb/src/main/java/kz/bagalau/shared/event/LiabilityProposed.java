package kz.bagalau.shared.event;

import java.time.Instant;

/** ¶66: the commission's working body sent the akim a proposal on the liability of officials. */
public record LiabilityProposed(String tenant, int year, long proposalId, int breaches, String by, Instant at)
        implements YearEvent {
}
