package kz.bagalau.identity.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import kz.bagalau.identity.domain.CredentialStore;
import kz.bagalau.shared.domain.RuleViolation;

/**
 * The caller's own profile: who they are, which region they belong to, and the language they chose, which
 * is remembered per user (Kazakh until they choose otherwise).
 */
@Stateless
public class ProfileService {

    public static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");

    @Inject
    private CredentialStore credentials;

    @Inject
    private Clock clock;

    /**
     * The profile of an enabled account that is not locked for cause, or empty: unknown, disabled and locked
     * users get no tenant and no roles, so a session opened before a lock ends at its next request.
     */
    public Optional<CallerProfile> profileOf(String username) {
        Instant now = clock.instant();
        return credentials.findAccount(username)
                .filter(a -> a.enabled() && !a.lockedAt(now))
                .map(CallerProfile::of);
    }

    public void changeLanguage(String username, String language) {
        if (!LANGUAGES.contains(language)) {
            throw new RuleViolation("profile.language.unknown", language);
        }
        credentials.changeLocale(username, language);
    }
}
