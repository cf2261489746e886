package kz.bagalau.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void should_read_and_write_the_stored_role_list() {
        Set<Role> roles = Role.parseAll("AKIM_APPARATUS, EXPERT");

        assertThat(roles).containsExactlyInAnyOrder(Role.AKIM_APPARATUS, Role.EXPERT);
        assertThat(Role.formatAll(roles)).isEqualTo("AKIM_APPARATUS,EXPERT");
        assertThat(Role.parseAll("")).isEmpty();
    }

    @Test
    void should_make_only_the_ministry_and_the_platform_administrator_cross_tenant() {
        assertThat(EnumSet.allOf(Role.class).stream().filter(Role::crossTenant))
                .containsExactlyInAnyOrder(Role.PLATFORM_ADMIN, Role.MINISTRY);
    }

    @Test
    void should_consider_an_account_locked_only_until_its_lock_ends() {
        Instant until = Instant.parse("2026-03-21T10:15:00Z");
        StoredAccount account = new StoredAccount(1, "abai.akim", "abai", "hash", "Akim", Set.of(Role.AKIM), null,
                "kk", true, until, false, false);

        assertThat(account.lockedAt(until.minusSeconds(1))).isTrue();
        assertThat(account.lockedAt(until)).isFalse();
        assertThat(account.primaryRole()).isEqualTo(Role.AKIM);
    }

    @Test
    void should_refuse_a_lock_out_policy_that_never_locks_or_never_opens() {
        Duration minute = Duration.ofMinutes(1);
        assertThatThrownBy(() -> new LoginPolicy(0, minute, minute, 3, minute)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginPolicy(3, Duration.ZERO, minute, 3, minute))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginPolicy(3, minute, minute, 1, minute)).isInstanceOf(IllegalArgumentException.class);
    }
}
