package kz.bagalau.identity.application;

import java.util.Optional;
import java.util.Set;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.domain.StoredAccount;

/**
 * The authenticated caller as pages and the API see it: enough to resolve the region, pick the home page and
 * the language. Loaded fresh on every request, so disabling a user, changing their roles or suspending their
 * region takes effect at their next request.
 *
 * @param tenantCode         null for ministry and platform administrators
 * @param mustChangePassword the password was reset: the user chooses a new one before anything else
 */
public record CallerProfile(String username, String displayName, String tenantCode, Set<Role> roles, Long bodyId,
                            String locale, boolean mustChangePassword) {

    public CallerProfile {
        roles = Set.copyOf(roles);
    }

    static CallerProfile of(StoredAccount a) {
        return new CallerProfile(a.username(), a.displayName(), a.tenantCode(), a.roles(), a.bodyId(), a.locale(),
                a.mustChangePassword());
    }

    public Optional<String> tenant() {
        return Optional.ofNullable(tenantCode);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean crossTenant() {
        return roles.stream().anyMatch(Role::crossTenant);
    }

    public Role primaryRole() {
        return roles.stream().sorted().findFirst().orElseThrow();
    }
}
