package kz.bagalau.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import kz.bagalau.identity.application.ApiTokenService;
import kz.bagalau.shared.domain.NotFoundException;
import kz.bagalau.testsupport.Callers;
import kz.bagalau.testsupport.PortalClient;
import kz.bagalau.testsupport.Sql;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Personal API tokens: a user creates one, a script uses it as that user (roles, region, lock-out), revoking it
 * closes the API at once, and nobody reaches another user's tokens or another region's data with one.
 */
@ExtendWith(ArquillianExtension.class)
class ApiTokensIT {

    @ArquillianResource
    URL url;

    @Inject
    Callers callers;

    @Inject
    ApiTokenService tokens;

    @Test
    @DisplayName("¶9.2: a token acts as its user in its region only; revoked, it gets 401; only a fingerprint is stored")
    void should_use_a_token_as_its_user_until_it_is_revoked() throws SQLException {
        ApiTokenService.NewToken created = callers.as("karaganda.apparatus", () -> tokens.create("nightly export"));
        PortalClient script = new PortalClient(url);

        var me = script.bearer("/api/v1/me", created.token());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("karaganda.apparatus");
        assertThat(script.bearer("/api/v1/bodies/" + bodyOf("karaganda"), created.token()).statusCode()).isEqualTo(200);
        assertThat(script.bearer("/api/v1/bodies/" + bodyOf("abai"), created.token()).statusCode())
                .as("another region's body, like one that does not exist").isEqualTo(404);
        try (Connection c = Sql.asOwner()) {
            assertThat(Sql.count(c, "select count(*) from api_token where token_hash = encode(sha256(?::bytea), 'hex') "
                    + "and last_used_at is not null", created.token())).isEqualTo(1);
            assertThat(Sql.count(c, "select count(*) from api_token where token_hash = ?", created.token())).isZero();
        }

        callers.as("karaganda.apparatus", () -> tokens.revoke(created.id()));

        assertThat(script.bearer("/api/v1/me", created.token()).statusCode()).isEqualTo(401);
        assertThat(callers.as("karaganda.apparatus", () -> tokens.mine())).filteredOn(t -> t.id() == created.id())
                .singleElement().satisfies(t -> assertThat(t.revokedAt()).isNotNull());
    }

    @Test
    @DisplayName("¶9.2: a user neither sees nor revokes another user's token; a made-up token gets 401; a locked account's token stops")
    void should_keep_tokens_to_their_user() throws SQLException {
        ApiTokenService.NewToken theirs = callers.as("abai.planning", () -> tokens.create("theirs"));

        assertThat(callers.as("karaganda.apparatus", () -> tokens.mine())).noneMatch(t -> t.id() == theirs.id());
        assertThatThrownBy(() -> callers.as("karaganda.apparatus", () -> tokens.revoke(theirs.id())))
                .isInstanceOf(NotFoundException.class);
        PortalClient script = new PortalClient(url);
        assertThat(script.bearer("/api/v1/me", "bgl_made-up-token-that-was-never-issued").statusCode()).isEqualTo(401);
        assertThat(script.bearer("/api/v1/me", theirs.token()).statusCode()).isEqualTo(200);

        try (Connection c = Sql.asOwner()) {
            Sql.update(c, "update app_user set locked_until = ? where username = 'abai.planning'",
                    java.sql.Timestamp.from(Instant.parse("2100-01-01T00:00:00Z")));
        }
        try {
            assertThat(script.bearer("/api/v1/me", theirs.token()).statusCode()).as("locked out").isEqualTo(401);
        } finally {
            try (Connection c = Sql.asOwner()) {
                Sql.update(c, "update app_user set locked_until = null where username = 'abai.planning'");
            }
        }
    }

    private static long bodyOf(String region) throws SQLException {
        try (Connection c = Sql.asApplication()) {
            c.setAutoCommit(false);
            Sql.tenant(c, region);
            long id = ((Number) Sql.rows(c, "select min(id) from executive_body").get(0).get(0)).longValue();
            c.rollback();
            return id;
        }
    }
}
