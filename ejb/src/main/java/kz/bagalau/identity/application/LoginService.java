package kz.bagalau.identity.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.identity.domain.CredentialStore;
import kz.bagalau.identity.domain.LoginPolicy;
import kz.bagalau.identity.domain.StoredAccount;

/**
 * Checks a username and password, counts failures, locks after {@link LoginPolicy#maxFailedAttempts()} in a
 * row and writes every attempt to the audit log (¶62-¶66 ask who did what; a login is where that starts).
 */
@Stateless
public class LoginService {

    static final String AUDIT_ENTITY = "user";

    @Inject
    private CredentialStore credentials;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    private final LoginPolicy policy = LoginPolicy.DEFAULT;

    /** Where a login comes from: the form starts a session; the API authenticates every request. */
    public enum Channel { FORM, API }

    /**
     * Checks the credentials. Every failure and refusal is audited; a successful form login is audited too,
     * while a successful API call (HTTP Basic authenticates each request) only resets the failure count, so
     * the audit chain records sessions rather than every REST request.
     */
    public LoginOutcome authenticate(String username, char[] password, Channel channel) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        Optional<StoredAccount> found = name.isEmpty() ? Optional.empty() : credentials.findAccount(name);
        if (found.isEmpty()) {
            hasher.burnTime(password);
            audit.recordAs(null, truncate(name), null, "LOGIN_FAILED", AUDIT_ENTITY, null, null,
                    Map.of("reason", "unknown user"));
            return LoginOutcome.invalid();
        }
        StoredAccount account = found.get();
        String role = account.primaryRole().name();
        if (account.lockedAt(now)) {
            hasher.burnTime(password);
            audit.recordAs(account.tenantCode(), name, role, "LOGIN_REFUSED", AUDIT_ENTITY, account.id(), null,
                    Map.of("reason", "locked", "lockedUntil", account.lockedUntil().toString()));
            return LoginOutcome.locked(account.lockedUntil());
        }
        if (!account.canLogIn()) {
            hasher.burnTime(password);
            audit.recordAs(account.tenantCode(), name, role, "LOGIN_REFUSED", AUDIT_ENTITY, account.id(), null,
                    Map.of("reason", "disabled"));
            return LoginOutcome.disabled();
        }
        if (!hasher.matches(password, account.passwordHash())) {
            Optional<Instant> lock = credentials.recordFailure(name, now, policy);
            audit.recordAs(account.tenantCode(), name, role, "LOGIN_FAILED", AUDIT_ENTITY, account.id(), null,
                    Map.of("reason", "wrong password"));
            lock.ifPresent(until -> audit.recordAs(account.tenantCode(), name, role, "ACCOUNT_LOCKED",
                    AUDIT_ENTITY, account.id(), null, Map.of("lockedUntil", until.toString())));
            return lock.map(LoginOutcome::locked).orElseGet(LoginOutcome::invalid);
        }
        credentials.recordSuccess(name, now);
        if (channel == Channel.FORM) {
            audit.recordAs(account.tenantCode(), name, role, "LOGIN", AUDIT_ENTITY, account.id(), null, null);
        }
        return LoginOutcome.success(account);
    }

    private static String truncate(String name) {
        String shown = name.isEmpty() ? "(empty)" : name;
        return shown.length() > 80 ? shown.substring(0, 80) : shown;
    }
}
