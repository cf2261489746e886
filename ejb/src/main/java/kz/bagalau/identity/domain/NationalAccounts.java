package kz.bagalau.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The port to the accounts that belong to no region — the ministry, the methodology owners, the platform
 * administrators — which row-level security hides from the application role (reached through the SECURITY DEFINER
 * functions of V27). Never a region's user.
 */
public interface NationalAccounts {

    List<NationalAccount> all();

    /** Creates the account with a temporary password hash; the user must choose a password at the first login. */
    long create(String username, String displayName, Set<Role> roles, String email, String locale, String hash,
                Instant now);

    /** Changes what is given (null: unchanged); false when no national account has this name. */
    boolean change(String username, Boolean enabled, Set<Role> roles, String temporaryHash);

    /** One national account as its administrator sees it; never a hash. */
    record NationalAccount(long id, String username, String displayName, Set<Role> roles, String email,
                           String locale, boolean enabled, boolean mustChangePassword, Instant lastLoginAt) {
        public NationalAccount {
            roles = Set.copyOf(roles);
        }
    }
}
