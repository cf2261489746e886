package kz.bagalau.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The users' personal API tokens, by the SHA-256 of the token (a port onto SECURITY DEFINER functions: a token is
 * checked before any tenant is known, and no user reads another's tokens).
 */
public interface ApiTokens {

    /** A token as its owner sees it in the list; never the token itself. */
    record StoredToken(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
    }

    long create(String username, String name, String tokenHash, Instant now);

    List<StoredToken> list(String username);

    /** Revokes one of {@code username}'s live tokens; false when it is not theirs or already revoked. */
    boolean revoke(String username, long id, Instant now);

    /** Whose live token this is, recording its use. */
    Optional<String> userOf(String tokenHash, Instant now);
}
