package kz.bagalau.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2 password hashes through Jakarta Security's {@link Pbkdf2PasswordHash}: HMAC-SHA-512, 210 000
 * iterations, 32-byte salt (OWASP's 2023 figure for this algorithm). The parameters travel inside each stored
 * hash, so raising them later still verifies the old hashes.
 */
@ApplicationScoped
public class PasswordHasher {

    /** A valid hash of a random password, verified against for unknown users so their timing matches. */
    private String decoy;

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void init() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = pbkdf2.generate(java.util.UUID.randomUUID().toString().toCharArray());
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean matches(char[] password, String storedHash) {
        if (storedHash == null || storedHash.isBlank()) {
            pbkdf2.verify(password, decoy);
            return false;
        }
        return pbkdf2.verify(password, storedHash);
    }

    /** Spends the same time as a real check, for a username that does not exist. */
    public void burnTime(char[] password) {
        pbkdf2.verify(password, decoy);
    }
}
