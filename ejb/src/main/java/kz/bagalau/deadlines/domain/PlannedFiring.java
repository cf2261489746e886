package kz.bagalau.deadlines.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One firing of a region-year's plan: a reminder {@code offsetDays} before {@code deadline} (0: the morning of
 * the day), or the deadline itself, due at {@code dueAt}. {@code subject} names the appeal, request or
 * conclusion of a deadline the portal computes (0 for the schedule's steps).
 */
public record PlannedFiring(String step, TriggerKind kind, int offsetDays, long subject, LocalDate deadline,
                            Instant dueAt) {

    public PlannedFiring {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(dueAt, "dueAt");
        if (offsetDays < 0) {
            throw new IllegalArgumentException("offsetDays < 0");
        }
    }
}
