package kz.bagalau.identity.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * An account as authentication sees it, before any tenant is set: identity, roles, region, hash and lock state.
 *
 * @param tenantCode         null for ministry and platform administrators
 * @param bodyId             the executive body of an EVALUATED_BODY user, else null
 * @param tenantSuspended    whether the user's region is suspended (nobody of it may log in)
 * @param mustChangePassword whether the password was reset and the user must choose a new one first
 */
public record StoredAccount(long id, String username, String tenantCode, String passwordHash, String displayName,
                            Set<Role> roles, Long bodyId, String locale, boolean enabled, Instant lockedUntil,
                            boolean tenantSuspended, boolean mustChangePassword) {

    public StoredAccount {
        roles = Set.copyOf(roles);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public boolean canLogIn() {
        return enabled && passwordHash != null && !passwordHash.isBlank();
    }

    public Optional<String> tenant() {
        return Optional.ofNullable(tenantCode);
    }

    public boolean crossTenant() {
        return roles.stream().anyMatch(Role::crossTenant);
    }

    /** The role shown in the header and written into audit entries: the first in the enum's order. */
    public Role primaryRole() {
        return roles.stream().sorted().findFirst().orElseThrow();
    }
}
