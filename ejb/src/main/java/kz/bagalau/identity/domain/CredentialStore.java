package kz.bagalau.identity.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * What authentication may do before a tenant is known. Implemented by SECURITY DEFINER functions, so the
 * application role gets exactly these operations on other regions' users and nothing more.
 */
public interface CredentialStore {

    Optional<StoredAccount> findAccount(String username);

    /** Counts one failed login; returns the lock's end when this failure locked the account. */
    Optional<Instant> recordFailure(String username, Instant now, LoginPolicy policy);

    void recordSuccess(String username, Instant now);

    void changeLocale(String username, String locale);
}
