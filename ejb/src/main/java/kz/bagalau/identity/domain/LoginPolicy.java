package kz.bagalau.identity.domain;

import java.time.Duration;

/**
 * How guessing passwords is slowed down without letting a stranger lock someone out. Failures are counted per
 * account and client address: from the {@code freeFailures}-th failure in a row, that address waits
 * {@code firstDelay}, doubling with each further failure up to {@code maxDelay}, while the account stays usable
 * from everywhere else. Only when {@code originsForLock} addresses are held back on one account at the same
 * time is the account itself locked for cause, for {@code lockDuration}: its open sessions end and the
 * platform administrator is alerted. A locked account opens again by itself.
 */
public record LoginPolicy(int freeFailures, Duration firstDelay, Duration maxDelay, int originsForLock,
                          Duration lockDuration) {

    public static final LoginPolicy DEFAULT = new LoginPolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(15), 3,
            Duration.ofMinutes(15));

    public LoginPolicy {
        if (freeFailures < 1 || originsForLock < 2) {
            throw new IllegalArgumentException("freeFailures must be at least 1, originsForLock at least 2");
        }
        for (Duration d : new Duration[] {firstDelay, maxDelay, lockDuration}) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("delays must be positive");
            }
        }
    }
}
