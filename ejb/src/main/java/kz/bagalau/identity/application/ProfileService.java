package kz.bagalau.identity.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.Map;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.identity.domain.CredentialStore;
import kz.bagalau.identity.domain.StoredAccount;
import kz.bagalau.shared.domain.RuleViolation;

/**
 * The caller's own profile: who they are, which region they belong to, and the language they chose, which
 * is remembered per user (Kazakh until they choose otherwise).
 */
@Stateless
public class ProfileService {

    public static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");

    /** The shortest password a user may choose. */
    public static final int MIN_PASSWORD = 10;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditLog audit;

    @Inject
    private CredentialStore credentials;

    @Inject
    private Clock clock;

    /**
     * The profile of an enabled account that is not locked for cause and whose region is not suspended, or empty:
     * such users get no tenant and no roles, so a session opened before a lock or a suspension ends at its next
     * request.
     */
    public Optional<CallerProfile> profileOf(String username) {
        Instant now = clock.instant();
        return credentials.findAccount(username)
                .filter(a -> a.enabled() && !a.lockedAt(now) && !a.tenantSuspended())
                .map(CallerProfile::of);
    }

    /**
     * The caller's own new password (after a reset the first thing they do). At least {@value #MIN_PASSWORD}
     * characters, typed twice alike, not the username, and not the password it replaces.
     */
    public void changePassword(String username, char[] current, char[] chosen, char[] repeated) {
        StoredAccount account = credentials.findAccount(username).orElseThrow(() -> new RuleViolation("password.current"));
        if (current == null || !hasher.matches(current, account.passwordHash())) {
            throw new RuleViolation("password.current");
        }
        String next = chosen == null ? "" : new String(chosen);
        if (next.length() < MIN_PASSWORD) {
            throw new RuleViolation("password.short", MIN_PASSWORD);
        }
        if (!next.equals(repeated == null ? "" : new String(repeated))) {
            throw new RuleViolation("password.mismatch");
        }
        if (next.equalsIgnoreCase(username) || hasher.matches(chosen, account.passwordHash())) {
            throw new RuleViolation("password.weak");
        }
        credentials.changePassword(username, hasher.hash(chosen));
        audit.recordAs(account.tenantCode(), account.username(), account.primaryRole().name(), "PASSWORD_CHANGED",
                "user", account.id(), null, Map.of("afterReset", account.mustChangePassword()));
    }

    public void changeLanguage(String username, String language) {
        if (!LANGUAGES.contains(language)) {
            throw new RuleViolation("profile.language.unknown", language);
        }
        credentials.changeLocale(username, language);
    }
}
