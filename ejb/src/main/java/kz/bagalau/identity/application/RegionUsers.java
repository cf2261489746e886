package kz.bagalau.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.domain.UserAccount;
import kz.bagalau.identity.domain.UserAccountRepository;

/**
 * The current region's enabled users as other contexts need them: who holds a role (to notify them, ¶49,
 * ¶52), who works for a body, who may sit on a special commission (¶57). Names only, never credentials.
 */
@ApplicationScoped
public class RegionUsers {

    /** One user as shown in lists, with the address and language mail reaches them in. */
    public record UserRef(String username, String displayName, Set<Role> roles, Long bodyId, String email,
                          String locale) {
    }

    @Inject
    private UserAccountRepository accounts;

    public List<UserRef> withAnyRole(Set<Role> roles) {
        return accounts.all().stream()
                .filter(UserAccount::enabled)
                .filter(u -> u.roles().stream().anyMatch(roles::contains))
                .map(RegionUsers::ref).toList();
    }

    /** The enabled user {@code username} of the current region. */
    public java.util.Optional<UserRef> find(String username) {
        return accounts.findByUsername(username).filter(UserAccount::enabled).map(RegionUsers::ref);
    }

    public List<UserRef> ofBody(long bodyId) {
        return accounts.ofBody(bodyId).stream().filter(UserAccount::enabled).map(RegionUsers::ref).toList();
    }

    private static UserRef ref(UserAccount u) {
        return new UserRef(u.username(), u.displayName(), Set.copyOf(u.roles()), u.bodyId(), u.email(), u.locale());
    }
}
