package kz.bagalau.administration.application;

import java.time.Instant;
import java.util.Set;
import kz.bagalau.identity.domain.Role;

/** One user of the region as its administrator's list shows it; never a password or its hash. */
public record RegionUserRow(long id, String username, String displayName, Set<Role> roles, Long bodyId, String email,
                            String locale, boolean enabled, boolean mustChangePassword, Instant lastLoginAt) {

    public RegionUserRow {
        roles = Set.copyOf(roles);
    }
}
