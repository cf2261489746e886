package kz.bagalau.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import kz.bagalau.identity.application.PasswordHasher;
import kz.bagalau.shared.time.ShiftableClock;
import kz.bagalau.testsupport.PortalClient;
import kz.bagalau.testsupport.Sql;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Logging in and what is recorded about it: lock-out after repeated failures, sessions that end when the
 * account is disabled, and the append-only, hash-chained audit log of ¶62-¶66.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    @ArquillianResource
    URL url;

    @Inject
    PasswordHasher hasher;

    @Inject
    ShiftableClock clock;

    @Test
    void should_hold_back_an_address_after_five_failed_logins_and_let_it_in_again_later() throws SQLException {
        String user = newUser("kyzylorda", "EXPERT", "correct horse battery");
        PortalClient client = new PortalClient(url);

        for (int i = 0; i < 5; i++) {
            assertThat(client.api("/api/v1/me", user, "wrong " + i).statusCode()).isEqualTo(401);
        }
        assertThat(client.api("/api/v1/me", user, "correct horse battery").statusCode()).isEqualTo(401);
        assertThat(auditActions(user)).contains("LOGIN_FAILED", "LOGIN_THROTTLED", "LOGIN_REFUSED");

        clock.shiftTo(clock.instant().plus(Duration.ofMinutes(16)));
        try {
            assertThat(client.api("/api/v1/me", user, "correct horse battery").statusCode()).isEqualTo(200);
        } finally {
            clock.reset();
        }
    }

    @Test
    @DisplayName("Failed logins from one address never lock the account for everybody else")
    void should_keep_the_account_usable_from_elsewhere_while_one_address_is_held_back() throws SQLException {
        String user = newUser("kyzylorda", "EXPERT", "correct horse battery");
        PortalClient client = new PortalClient(url);

        for (int i = 0; i < 5; i++) {
            client.apiFrom("198.51.100.10", "/api/v1/me", user, "guess " + i);
        }

        assertThat(client.apiFrom("198.51.100.10", "/api/v1/me", user, "correct horse battery").statusCode())
                .isEqualTo(401);
        assertThat(client.apiFrom("203.0.113.5", "/api/v1/me", user, "correct horse battery").statusCode())
                .isEqualTo(200);
    }

    @Test
    @DisplayName("An address that keeps guessing waits twice as long after every further failure")
    void should_double_the_wait_of_an_address_with_every_further_failure() throws SQLException {
        String user = newUser("kyzylorda", "EXPERT", "correct horse battery");
        PortalClient client = new PortalClient(url);
        try {
            for (int i = 0; i < 5; i++) {
                client.apiFrom("198.51.100.20", "/api/v1/me", user, "guess " + i);
            }
            Duration first = waitOf(user, "198.51.100.20");
            clock.shiftTo(clock.instant().plus(first).plusSeconds(1));
            client.apiFrom("198.51.100.20", "/api/v1/me", user, "guess again");

            assertThat(first).isEqualTo(Duration.ofSeconds(30));
            assertThat(waitOf(user, "198.51.100.20")).isEqualTo(Duration.ofSeconds(60));
        } finally {
            clock.reset();
        }
    }

    @Test
    @DisplayName("Attacked from several addresses at once, the account is locked for cause and its open sessions end")
    void should_lock_the_account_for_cause_and_end_its_sessions_when_attacked_from_several_addresses()
            throws SQLException {
        String user = newUser("ulytau", "AKIM", "correct horse battery");
        PortalClient session = new PortalClient(url);
        assertThat(session.logIn(user, "correct horse battery")).isTrue();
        assertThat(session.get("/app/home.xhtml").statusCode()).isEqualTo(200);

        PortalClient attacker = new PortalClient(url);
        for (String address : List.of("198.51.100.31", "198.51.100.32", "198.51.100.33")) {
            for (int i = 0; i < 5; i++) {
                attacker.apiFrom(address, "/api/v1/me", user, "guess " + i);
            }
        }

        assertThat(auditActions(user)).contains("ACCOUNT_LOCKED");
        assertThat(session.get("/app/home.xhtml").statusCode()).isEqualTo(302);
        assertThat(attacker.apiFrom("203.0.113.9", "/api/v1/me", user, "correct horse battery").statusCode())
                .isEqualTo(401);
    }

    @Test
    void should_count_only_failures_in_a_row() throws SQLException {
        String user = newUser("kyzylorda", "EXPERT", "correct horse battery");
        PortalClient client = new PortalClient(url);

        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                client.api("/api/v1/me", user, "wrong");
            }
            assertThat(client.api("/api/v1/me", user, "correct horse battery").statusCode()).isEqualTo(200);
        }
    }

    @Test
    @DisplayName("The session cookie is not sent along by pages elsewhere (SameSite=Lax) and scripts cannot read it")
    void should_give_the_session_cookie_same_site_lax_and_http_only() throws SQLException {
        String user = newUser("ulytau", "AKIM", "correct horse battery");
        PortalClient client = new PortalClient(url);
        assertThat(client.logIn(user, "correct horse battery")).isTrue();

        assertThat(client.lastSetCookies()).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=")
                .containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));
    }

    @Test
    void should_store_passwords_as_pbkdf2_hashes_only() throws SQLException {
        String user = newUser("kyzylorda", "EXPERT", "correct horse battery");

        try (Connection c = Sql.asOwner()) {
            String stored = (String) Sql.rows(c, "select password_hash from app_user where username = ?", user)
                    .get(0).get(0);
            assertThat(stored).startsWith("PBKDF2WithHmacSHA512:210000:").doesNotContain("correct horse");
        }
    }

    @Test
    void should_send_an_anonymous_visitor_of_a_page_to_the_login_form() {
        HttpResponse<String> home = new PortalClient(url).get("/app/home.xhtml");

        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login.xhtml"));
    }

    @Test
    void should_end_access_of_a_logged_in_user_as_soon_as_the_account_is_disabled() throws SQLException {
        String user = newUser("ulytau", "AKIM", "correct horse battery");
        PortalClient client = new PortalClient(url);
        assertThat(client.logIn(user, "correct horse battery")).isTrue();
        assertThat(client.get("/app/home.xhtml").statusCode()).isEqualTo(200);

        try (Connection c = Sql.asOwner()) {
            Sql.update(c, "update app_user set enabled = false where username = ?", user);
        }

        assertThat(client.get("/app/home.xhtml").statusCode()).isEqualTo(302);
    }

    @Test
    void should_refuse_a_form_login_with_a_wrong_password() throws SQLException {
        String user = newUser("ulytau", "AKIM", "correct horse battery");

        assertThat(new PortalClient(url).logIn(user, "wrong")).isFalse();
        assertThat(new PortalClient(url).logIn(user, "correct horse battery")).isTrue();
        assertThat(auditActions(user)).contains("LOGIN_FAILED", "LOGIN");
    }

    @Test
    void should_verify_an_intact_audit_chain_per_paragraphs_62_to_66() {
        JsonObject answer = PortalClient.object(new PortalClient(url).api("/api/v1/audit/verify", "admin"));

        assertThat(answer.getBoolean("ok")).isTrue();
        assertThat(answer.getJsonNumber("entries").longValue()).isPositive();
    }

    @Test
    void should_let_only_the_platform_administrator_verify_the_audit_chain() {
        PortalClient client = new PortalClient(url);

        assertThat(client.api("/api/v1/audit/verify", "ministry").statusCode()).isEqualTo(403);
        assertThat(client.api("/api/v1/audit/verify", "astana.apparatus").statusCode()).isEqualTo(403);
    }

    @Test
    void should_report_the_first_tampered_audit_entry_per_paragraphs_62_to_66() throws SQLException {
        String user = newUser("atyrau", "EXPERT", "correct horse battery");
        PortalClient client = new PortalClient(url);
        client.api("/api/v1/me", user, "wrong");
        long entry;
        String original;
        try (Connection c = Sql.asOwner()) {
            List<Object> row = Sql.rows(c, "select id, after_state::text from audit_entry where actor = ? "
                    + "order by id limit 1", user).get(0);
            entry = ((Number) row.get(0)).longValue();
            original = (String) row.get(1);
            Sql.update(c, "update audit_entry set after_state = '{\"reason\":\"nothing happened\"}' where id = ?", entry);
        }
        try {
            JsonObject answer = PortalClient.object(client.api("/api/v1/audit/verify", "admin"));

            assertThat(answer.getBoolean("ok")).isFalse();
            assertThat(answer.getJsonObject("broken").getJsonNumber("id").longValue()).isEqualTo(entry);
            assertThat(answer.getJsonObject("broken").getString("chain")).isEqualTo("atyrau");
        } finally {
            try (Connection c = Sql.asOwner()) {
                Sql.update(c, "update audit_entry set after_state = cast(? as jsonb) where id = ?", original, entry);
            }
        }
        assertThat(PortalClient.object(client.api("/api/v1/audit/verify", "admin")).getBoolean("ok")).isTrue();
    }

    @Test
    void should_keep_the_audit_log_append_only_for_the_application_role() throws SQLException {
        try (Connection c = Sql.asApplication()) {
            c.setAutoCommit(false);
            Sql.tenant(c, "abai");
            assertThatThrownBy(() -> Sql.update(c, "update audit_entry set actor = 'someone else'"))
                    .hasMessageContaining("permission denied");
            c.rollback();
            Sql.tenant(c, "abai");
            assertThatThrownBy(() -> Sql.update(c, "delete from audit_entry"))
                    .hasMessageContaining("permission denied");
            c.rollback();
        }
    }

    @Test
    void should_refuse_an_audit_entry_for_another_region_inside_a_region_transaction() throws SQLException {
        try (Connection c = Sql.asApplication()) {
            c.setAutoCommit(false);
            Sql.tenant(c, "abai");
            assertThatThrownBy(() -> Sql.rows(c, "select audit_append('karaganda', now(), 'intruder', null, 'FORGED', "
                    + "null, null, null, null)")).hasMessageContaining("refused");
            c.rollback();
        }
    }

    private String newUser(String tenant, String role, String password) throws SQLException {
        String username = "t" + UUID.randomUUID().toString().substring(0, 8) + "." + tenant;
        try (Connection c = Sql.asOwner()) {
            Sql.update(c, "insert into app_user (tenant_id, username, password_hash, display_name, roles) "
                    + "values (?, ?, ?, 'Test user', ?)", tenant, username, hasher.hash(password.toCharArray()), role);
        }
        return username;
    }

    /** How long {@code origin} was told to wait after its last failure on {@code user}. */
    private static Duration waitOf(String user, String origin) throws SQLException {
        try (Connection c = Sql.asOwner()) {
            Object seconds = Sql.rows(c, "select extract(epoch from blocked_until - last_failure_at)::bigint"
                    + " from login_throttle where username = ? and origin = ?", user, origin).get(0).get(0);
            return Duration.ofSeconds(((Number) seconds).longValue());
        }
    }

    private static List<String> auditActions(String actor) throws SQLException {
        try (Connection c = Sql.asOwner()) {
            return Sql.rows(c, "select action from audit_entry where actor = ? order by id", actor).stream()
                    .map(r -> (String) r.get(0)).toList();
        }
    }
}
