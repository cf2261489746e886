package kz.bagalau.administration.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.identity.application.CallerContext;
import kz.bagalau.identity.application.PasswordHasher;
import kz.bagalau.identity.application.ProfileService;
import kz.bagalau.identity.domain.NationalAccounts;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.shared.domain.NotFoundException;
import kz.bagalau.shared.domain.RuleViolation;

/**
 * The platform administrator's national accounts (issue 11): the ministry, the methodology owners and the platform
 * administrators, who belong to no region. Create one with a temporary password, change its roles, deactivate or
 * reactivate it, reset its password; each change is audited in the national chain. An administrator never
 * deactivates or demotes itself, so the platform always keeps one.
 */
@Stateless
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
public class NationalAccountAdministration {

    /** National usernames have no dot: a dot separates a region's code from a region's user's name. */
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9_-]{1,79}$");

    @Inject
    private NationalAccounts accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private CallerContext caller;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    public List<NationalAccounts.NationalAccount> all() {
        return accounts.all();
    }

    public IssuedPassword create(String username, String displayName, Set<Role> roles, String email, String locale) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new RuleViolation("user.username.invalid", name);
        }
        if (accounts.all().stream().anyMatch(a -> a.username().equals(name))) {
            throw new RuleViolation("user.username.taken", name);
        }
        requireNational(roles);
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 200) {
            throw new RuleViolation("user.name.required");
        }
        String language = locale == null || locale.isBlank() ? "kk" : locale;
        if (!ProfileService.LANGUAGES.contains(language)) {
            throw new RuleViolation("user.locale.invalid", language);
        }
        String temporary = RegionUserAdministration.temporaryPassword();
        try {
            accounts.create(name, displayName.strip(), roles, email == null ? null : email.strip(), language,
                    hasher.hash(temporary.toCharArray()), clock.instant());
        } catch (IllegalStateException e) {
            // The username is unique across regions too: a region's user may hold it already.
            throw new RuleViolation("user.username.taken", name);
        }
        audit.record("USER_CREATED", "user", name, null, Map.of("roles", Role.formatAll(roles),
                "displayName", displayName.strip()));
        return new IssuedPassword(name, temporary);
    }

    public void assignRoles(String username, Set<Role> roles) {
        requireNational(roles);
        requireNotSelf(username, !roles.contains(Role.PLATFORM_ADMIN));
        NationalAccounts.NationalAccount before = get(username);
        accounts.change(username, null, roles, null);
        audit.record("USER_ROLES_CHANGED", "user", username, Map.of("roles", Role.formatAll(before.roles())),
                Map.of("roles", Role.formatAll(roles)));
    }

    public void deactivate(String username) {
        requireNotSelf(username, true);
        get(username);
        accounts.change(username, false, null, null);
        audit.record("USER_DEACTIVATED", "user", username, Map.of("enabled", true), Map.of("enabled", false));
    }

    public void reactivate(String username) {
        get(username);
        accounts.change(username, true, null, null);
        audit.record("USER_REACTIVATED", "user", username, Map.of("enabled", false), Map.of("enabled", true));
    }

    public IssuedPassword resetPassword(String username) {
        get(username);
        String temporary = RegionUserAdministration.temporaryPassword();
        accounts.change(username, null, null, hasher.hash(temporary.toCharArray()));
        audit.record("USER_PASSWORD_RESET", "user", username, null, Map.of("mustChangePassword", true));
        return new IssuedPassword(username, temporary);
    }

    private NationalAccounts.NationalAccount get(String username) {
        return accounts.all().stream().filter(a -> a.username().equals(username)).findFirst()
                .orElseThrow(() -> new NotFoundException("User", username));
    }

    private static void requireNational(Set<Role> roles) {
        if (roles == null || roles.isEmpty() || !roles.stream().allMatch(Role::national)) {
            throw new RuleViolation("user.roles.national");
        }
    }

    private void requireNotSelf(String username, boolean losing) {
        if (losing && caller.username().equals(username)) {
            throw new RuleViolation("user.self");
        }
    }
}
