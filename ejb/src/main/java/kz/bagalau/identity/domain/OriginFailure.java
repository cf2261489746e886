package kz.bagalau.identity.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * What one more failed login from an address did: whether that address must now wait, and how many addresses
 * are held back on the account at this moment.
 */
public record OriginFailure(Optional<Instant> blockedUntil, int blockedOrigins) {
}
