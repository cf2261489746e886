package kz.bagalau.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HTTP Basic sends the password with every API request, and checking it costs a full PBKDF2 hash (about 0.2 s
 * on two cores): a client could exhaust the CPU with valid calls alone. This remembers, for a short while, that
 * a username and password matched the account's stored hash, so a repeated call skips the hash while every other
 * check (lock-out, disabled account, throttling) still runs. Nothing readable is kept: an entry's key is a keyed
 * hash (HMAC-SHA-256 with a key made at start-up, never stored) of the username, the password and the stored
 * hash, so a changed password (a new stored hash) simply misses, and a leak of memory reveals no password.
 */
@ApplicationScoped
public class VerifiedCredentials {

    /** How long a verified password is remembered. */
    public static final Duration TTL = Duration.ofSeconds(60);

    /** At most this many remembered credentials; past it, expired ones go, then all. */
    static final int MAX_ENTRIES = 10_000;

    private final Map<String, Instant> verifiedUntil = new ConcurrentHashMap<>();
    private final SecretKeySpec key;

    public VerifiedCredentials() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** Whether this password was verified against this stored hash less than {@link #TTL} ago. */
    public boolean recentlyVerified(String username, char[] password, String storedHash, Instant now) {
        Instant until = verifiedUntil.get(keyOf(username, password, storedHash));
        return until != null && now.isBefore(until);
    }

    /** Remembers that the password matched the stored hash at {@code now}. */
    public void remember(String username, char[] password, String storedHash, Instant now) {
        if (verifiedUntil.size() >= MAX_ENTRIES) {
            verifiedUntil.values().removeIf(until -> !now.isBefore(until));
            if (verifiedUntil.size() >= MAX_ENTRIES) {
                verifiedUntil.clear();
            }
        }
        verifiedUntil.put(keyOf(username, password, storedHash), now.plus(TTL));
    }

    int size() {
        return verifiedUntil.size();
    }

    private String keyOf(String username, char[] password, String storedHash) {
        ByteBuffer secret = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] passwordBytes = new byte[secret.remaining()];
        secret.get(passwordBytes);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(passwordBytes);
            mac.update((byte) 0);
            mac.update(storedHash.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        } finally {
            Arrays.fill(passwordBytes, (byte) 0);
        }
    }
}
