package kz.bagalau.identity.domain;

import java.time.Duration;

/**
 * How many failed logins in a row lock an account, and for how long. Guessing passwords of civil servants
 * must be slow; a locked account opens again by itself, so a mistyping head of department is not stuck.
 */
public record LoginPolicy(int maxFailedAttempts, Duration lockDuration) {

    public static final LoginPolicy DEFAULT = new LoginPolicy(5, Duration.ofMinutes(15));

    public LoginPolicy {
        if (maxFailedAttempts < 1) {
            throw new IllegalArgumentException("maxFailedAttempts must be at least 1");
        }
        if (lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("lockDuration must be positive");
        }
    }
}
