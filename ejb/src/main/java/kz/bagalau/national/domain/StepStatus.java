package kz.bagalau.national.domain;

import java.time.Instant;

/**
 * Where a region stands with one step's deadline (¶6, ¶7): done by the end of the deadline's day in the region
 * (on time), done after it (late: a late completion stays late, whatever extension allowed it), not done and the
 * day is over (missed), or not done with time left (open).
 */
public enum StepStatus {
    ON_TIME, LATE, MISSED, OPEN;

    /** The status at {@code now} of a step whose deadline ends at {@code endsAt}, done at {@code doneAt} or not. */
    public static StepStatus of(Instant endsAt, Instant doneAt, Instant now) {
        if (doneAt != null) {
            return doneAt.isBefore(endsAt) ? ON_TIME : LATE;
        }
        return now.isBefore(endsAt) ? OPEN : MISSED;
    }
}
