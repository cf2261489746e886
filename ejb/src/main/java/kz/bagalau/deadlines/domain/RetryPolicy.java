package kz.bagalau.deadlines.domain;

import java.time.Duration;

/**
 * How often and how long the outbox tries a mail the SMTP server refused: the delay doubles from
 * {@code base} after each failed attempt, never beyond {@code cap}; after {@code maxAttempts} the mail is
 * FAILED and waits for a person to resend it.
 */
public record RetryPolicy(Duration base, Duration cap, int maxAttempts) {

    public RetryPolicy {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("Not a retry policy: " + base + ", " + cap + ", " + maxAttempts);
        }
    }

    /** The delay before the attempt that follows {@code failedAttempts} failures (1: the first retry). */
    public Duration delayAfter(int failedAttempts) {
        Duration d = base;
        for (int i = 1; i < failedAttempts && d.compareTo(cap) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(cap) > 0 ? cap : d;
    }
}
