package kz.bagalau.identity.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.identity.domain.CredentialStore;
import kz.bagalau.identity.domain.LoginPolicy;
import kz.bagalau.identity.domain.OriginFailure;
import kz.bagalau.identity.domain.StoredAccount;

/**
 * Checks a username and password and writes every attempt to the audit log (¶62-¶66 ask who did what; a login
 * is where that starts). Failures are counted per account and client address ({@link LoginPolicy}): the
 * address that keeps guessing waits longer and longer, the account stays usable from elsewhere, and only an
 * attack from several addresses at once locks the account for cause, which ends its open sessions and is
 * raised as a security alert (an audit entry and a severe log line for the platform administrator).
 */
@Stateless
public class LoginService {

    static final String AUDIT_ENTITY = "user";
    private static final Logger LOG = Logger.getLogger(LoginService.class.getName());

    @Inject
    private CredentialStore credentials;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private VerifiedCredentials verified;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    private final LoginPolicy policy = LoginPolicy.DEFAULT;

    /** Where a login comes from: the form starts a session; the API authenticates every request. */
    public enum Channel { FORM, API }

    /**
     * Checks the credentials of a login from {@code origin} (the client's address). Every failure and refusal
     * is audited; a successful form login is audited too, while a successful API call (HTTP Basic authenticates
     * each request) only resets the counts, so the audit chain records sessions rather than every REST request.
     */
    public LoginOutcome authenticate(String username, char[] password, Channel channel, String origin) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        String from = origin == null || origin.isBlank() ? "unknown" : origin;
        Instant now = clock.instant();
        Optional<StoredAccount> found = name.isEmpty() ? Optional.empty() : credentials.findAccount(name);
        if (found.isEmpty()) {
            hasher.burnTime(password);
            audit.recordAs(null, truncate(name), null, "LOGIN_FAILED", AUDIT_ENTITY, null, null,
                    Map.of("reason", "unknown user", "origin", from));
            return LoginOutcome.invalid();
        }
        StoredAccount account = found.get();
        String role = account.primaryRole().name();
        if (account.lockedAt(now)) {
            return refused(account, password, "locked", from, LoginOutcome.locked(account.lockedUntil()));
        }
        if (!account.canLogIn()) {
            return refused(account, password, "disabled", from, LoginOutcome.disabled());
        }
        Optional<Instant> throttled = credentials.throttledUntil(name, from, now);
        if (throttled.isPresent()) {
            return refused(account, password, "throttled", from, LoginOutcome.throttled(throttled.get()));
        }
        // An API client sends its password with every call: a password verified a moment ago against the same
        // stored hash is not hashed again (every check above still ran); a changed password misses by itself.
        // Its time-to-live runs on the real clock, never on the demo's movable one.
        Instant real = Clock.systemUTC().instant();
        boolean remembered = channel == Channel.API
                && verified.recentlyVerified(name, password, account.passwordHash(), real);
        if (!remembered && !hasher.matches(password, account.passwordHash())) {
            return failed(account, role, from, now);
        }
        if (account.tenantSuspended()) {
            // Said only to whoever knows the password: a suspended region's accounts are not revealed to guessers.
            audit.recordAs(account.tenantCode(), name, role, "LOGIN_REFUSED", AUDIT_ENTITY, account.id(), null,
                    Map.of("reason", "region suspended", "origin", from));
            return LoginOutcome.suspended();
        }
        if (channel == Channel.API && account.mustChangePassword()) {
            // A temporary password (the administrator knows it) opens the page to choose one's own, nothing else.
            audit.recordAs(account.tenantCode(), name, role, "LOGIN_REFUSED", AUDIT_ENTITY, account.id(), null,
                    Map.of("reason", "password change pending", "origin", from));
            return LoginOutcome.invalid();
        }
        if (channel == Channel.API && !remembered) {
            verified.remember(name, password, account.passwordHash(), real);
        }
        credentials.recordSuccess(name, from, now);
        if (channel == Channel.FORM) {
            audit.recordAs(account.tenantCode(), name, role, "LOGIN", AUDIT_ENTITY, account.id(), null,
                    Map.of("origin", from));
        }
        return LoginOutcome.success(account);
    }

    private LoginOutcome refused(StoredAccount account, char[] password, String reason, String origin,
                                 LoginOutcome outcome) {
        hasher.burnTime(password);
        Map<String, Object> detail = new java.util.LinkedHashMap<>();
        detail.put("reason", reason);
        detail.put("origin", origin);
        if (outcome.lockedUntil() != null) {
            detail.put("until", outcome.lockedUntil().toString());
        }
        audit.recordAs(account.tenantCode(), account.username(), account.primaryRole().name(), "LOGIN_REFUSED",
                AUDIT_ENTITY, account.id(), null, detail);
        return outcome;
    }

    private LoginOutcome failed(StoredAccount account, String role, String origin, Instant now) {
        String name = account.username();
        OriginFailure failure = credentials.recordFailure(name, origin, now, policy);
        audit.recordAs(account.tenantCode(), name, role, "LOGIN_FAILED", AUDIT_ENTITY, account.id(), null,
                Map.of("reason", "wrong password", "origin", origin));
        if (failure.blockedUntil().isEmpty()) {
            return LoginOutcome.invalid();
        }
        Instant until = failure.blockedUntil().get();
        audit.recordAs(account.tenantCode(), name, role, "LOGIN_THROTTLED", AUDIT_ENTITY, account.id(), null,
                Map.of("origin", origin, "until", until.toString()));
        LOG.warning(() -> "Repeated failed logins on " + name + " from " + origin + "; held back until " + until);
        if (failure.blockedOrigins() < policy.originsForLock()) {
            return LoginOutcome.throttled(until);
        }
        Instant lockedUntil = now.plus(policy.lockDuration());
        credentials.lockForCause(name, lockedUntil);
        audit.recordAs(account.tenantCode(), name, role, "ACCOUNT_LOCKED", AUDIT_ENTITY, account.id(), null,
                Map.of("cause", "failed logins from " + failure.blockedOrigins() + " addresses",
                        "lockedUntil", lockedUntil.toString()));
        LOG.severe(() -> "SECURITY ALERT: account " + name + " locked until " + lockedUntil + " after failed logins from "
                + failure.blockedOrigins() + " addresses; its sessions end at their next request");
        return LoginOutcome.locked(lockedUntil);
    }

    private static String truncate(String name) {
        String shown = name.isEmpty() ? "(empty)" : name;
        return shown.length() > 80 ? shown.substring(0, 80) : shown;
    }
}
