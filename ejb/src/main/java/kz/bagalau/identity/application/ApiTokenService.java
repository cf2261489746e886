package kz.bagalau.identity.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.identity.domain.ApiTokens;
import kz.bagalau.shared.domain.NotFoundException;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.infrastructure.Sha256;

/**
 * Personal API tokens (issue 12): a logged-in user creates a named token for a script, sees it once, lists and
 * revokes its own. The API accepts it as {@code Authorization: Bearer}; it acts as its user — same roles, same
 * region, same lock-out — so it opens nothing a password would not. Only its SHA-256 is kept; creating and revoking
 * are audited. Tokens are 256 random bits, so no slow hash is needed to check one.
 */
@Stateless
@PermitAll
public class ApiTokenService {

    static final String PREFIX = "bgl_";
    private static final int MAX_NAME = 100;
    private static final int MAX_LIVE = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private ApiTokens tokens;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** A token just created: the only moment its value is known. */
    public record NewToken(long id, String name, String token) {
    }

    public NewToken create(String name) {
        String user = caller();
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw new RuleViolation("token.name.invalid", MAX_NAME);
        }
        if (tokens.list(user).stream().filter(t -> t.revokedAt() == null).count() >= MAX_LIVE) {
            throw new RuleViolation("token.too.many", MAX_LIVE);
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        long id = tokens.create(user, clean, Sha256.hex(token), clock.instant());
        audit.record("API_TOKEN_CREATED", "api_token", id, null, Map.of("name", clean, "user", user));
        return new NewToken(id, clean, token);
    }

    public List<ApiTokens.StoredToken> mine() {
        return tokens.list(caller());
    }

    /** Revokes one of the caller's tokens; another user's token is "not found". */
    public void revoke(long id) {
        String user = caller();
        if (!tokens.revoke(user, id, clock.instant())) {
            throw new NotFoundException("ApiToken", id);
        }
        audit.record("API_TOKEN_REVOKED", "api_token", id, Map.of("revoked", false), Map.of("revoked", true));
    }

    /** The user a presented token acts for, if it is a live token; used by the authentication mechanism. */
    public Optional<String> userOf(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.userOf(Sha256.hex(token), clock.instant());
    }

    private String caller() {
        String name = session.getCallerPrincipal() == null ? null : session.getCallerPrincipal().getName();
        if (name == null || name.equals("ANONYMOUS")) {
            throw new NotFoundException("ApiToken", "(no user)");
        }
        return name;
    }
}
