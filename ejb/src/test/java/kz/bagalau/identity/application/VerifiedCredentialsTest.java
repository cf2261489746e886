package kz.bagalau.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the API's memory of verified passwords remembers, and what makes it forget. */
class VerifiedCredentialsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final String HASH = "PBKDF2WithHmacSHA512:210000:salt:hash";

    @Test
    void should_remember_a_verified_password_for_a_short_while_only() {
        VerifiedCredentials verified = new VerifiedCredentials();

        verified.remember("abai.body1", "demo".toCharArray(), HASH, NOW);

        assertThat(verified.recentlyVerified("abai.body1", "demo".toCharArray(), HASH, NOW.plusSeconds(59))).isTrue();
        assertThat(verified.recentlyVerified("abai.body1", "demo".toCharArray(), HASH,
                NOW.plus(VerifiedCredentials.TTL))).isFalse();
    }

    @Test
    void should_not_take_another_password_user_or_a_changed_stored_hash_for_the_remembered_one() {
        VerifiedCredentials verified = new VerifiedCredentials();
        verified.remember("abai.body1", "demo".toCharArray(), HASH, NOW);

        assertThat(verified.recentlyVerified("abai.body1", "demo!".toCharArray(), HASH, NOW)).isFalse();
        assertThat(verified.recentlyVerified("abai.body2", "demo".toCharArray(), HASH, NOW)).isFalse();
        assertThat(verified.recentlyVerified("abai.body1", "demo".toCharArray(), HASH + "x", NOW))
                .as("a password changed since").isFalse();
    }

    @Test
    void should_stay_bounded_however_many_clients_call() {
        VerifiedCredentials verified = new VerifiedCredentials();

        for (int i = 0; i <= VerifiedCredentials.MAX_ENTRIES; i++) {
            verified.remember("user" + i, "p".toCharArray(), HASH, NOW);
        }

        assertThat(verified.size()).isLessThanOrEqualTo(VerifiedCredentials.MAX_ENTRIES);
        assertThat(verified.recentlyVerified("user" + VerifiedCredentials.MAX_ENTRIES, "p".toCharArray(), HASH, NOW))
                .isTrue();
    }
}
