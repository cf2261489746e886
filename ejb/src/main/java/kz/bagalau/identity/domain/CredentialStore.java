package kz.bagalau.identity.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * What authentication may do before a tenant is known. Implemented by SECURITY DEFINER functions, so the
 * application role gets exactly these operations on other regions' users and nothing more.
 */
public interface CredentialStore {

    Optional<StoredAccount> findAccount(String username);

    /** Until when {@code origin} has to wait before it may try {@code username} again. */
    Optional<Instant> throttledUntil(String username, String origin, Instant now);

    /** Counts one failed login of {@code origin} on {@code username}, with the policy's delays. */
    OriginFailure recordFailure(String username, String origin, Instant now, LoginPolicy policy);

    /** A successful login: the account's lock-out state and this origin's count are cleared. */
    void recordSuccess(String username, String origin, Instant now);

    /** Locks the account for cause until {@code until}: nobody logs in, open sessions end. */
    void lockForCause(String username, Instant until);

    void changeLocale(String username, String locale);

    /** Stores the user's own new password hash and clears a pending change after a reset. */
    void changePassword(String username, String passwordHash);
}
