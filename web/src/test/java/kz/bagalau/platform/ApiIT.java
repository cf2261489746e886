package kz.bagalau.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kz.bagalau.testsupport.PortalClient;
import kz.bagalau.testsupport.Sql;
import kz.bagalau.testsupport.TestData;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The integration surface of the foundation: health, OpenAPI and /api/v1 with HTTP Basic and demo accounts. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {

    @ArquillianResource
    URL url;

    PortalClient client;

    @BeforeEach
    void client() {
        client = new PortalClient(url);
    }

    @Test
    void should_report_ready_when_the_database_is_reachable_and_migrated() {
        HttpResponse<String> ready = client.get(client.serverRoot() + "/health/ready");

        assertThat(ready.statusCode()).isEqualTo(200);
        JsonObject check = PortalClient.object(ready).getJsonArray("checks").getJsonObject(0);
        assertThat(check.getString("name")).isEqualTo("database");
        assertThat(check.getString("status")).isEqualTo("UP");
        assertThat(check.getJsonObject("data").getString("pendingMigrations")).isEqualTo("0");
    }

    @Test
    void should_publish_the_api_as_openapi() {
        HttpResponse<String> openapi = client.get(client.serverRoot() + "/openapi");

        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/me", "/api/v1/bodies/{id}", "/api/v1/tenants");
    }

    @Test
    void should_tell_a_regional_user_who_they_are() {
        JsonObject me = PortalClient.object(client.api("/api/v1/me", "karaganda.body3"));

        assertThat(me.getString("username")).isEqualTo("karaganda.body3");
        assertThat(me.getString("tenant")).isEqualTo("karaganda");
        assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("EVALUATED_BODY");
        assertThat(me.getJsonNumber("bodyId").longValue()).isPositive();
    }

    @Test
    void should_tell_the_ministry_it_belongs_to_no_region() {
        JsonObject me = PortalClient.object(client.api("/api/v1/me", "ministry"));

        assertThat(me.containsKey("tenant") && me.get("tenant") != JsonValue.NULL).isFalse();
        assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("MINISTRY");
    }

    @Test
    void should_answer_a_wrong_password_with_a_bare_401() {
        HttpResponse<String> answer = client.api("/api/v1/me", "astana.akim", "not-the-password");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(answer.body()).doesNotContainIgnoringCase("password").doesNotContainIgnoringCase("astana");
    }

    @Test
    @DisplayName("¶56: the automatic answer to an appeal without documents reads as text in the API, never as a key")
    void should_give_the_automatic_answer_of_an_appeal_as_text() {
        // The akim reads every appeal of the region; an evaluator only those on its own directions (need-to-know).
        JsonArray appeals = PortalClient.array(client.api("/api/v1/appeals?year=2025", "aktobe.akim"));

        assertThat(appeals.getValuesAs(JsonObject.class))
                .filteredOn(a -> "AUTO_ANSWERED".equals(a.getString("status")))
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.getString("decisionReason")).doesNotStartWith("appeal.")
                        .contains("56"));
    }

    @Test
    void should_answer_401_without_credentials() {
        assertThat(client.get("/api/v1/bodies").statusCode()).isEqualTo(401);
    }

    @Test
    void should_answer_403_to_a_role_that_may_not_list_the_regions() {
        assertThat(client.api("/api/v1/tenants", "shymkent.body1").statusCode()).isEqualTo(403);
        assertThat(client.api("/api/v1/tenants", "shymkent.akim").statusCode()).isEqualTo(403);
    }

    @Test
    void should_list_the_20_regions_to_the_ministry_and_the_platform_administrator() {
        for (String user : List.of("ministry", "admin")) {
            JsonArray tenants = PortalClient.array(client.api("/api/v1/tenants", user));

            Set<String> codes = tenants.getValuesAs(JsonObject.class).stream()
                    .map(t -> t.getString("code")).collect(Collectors.toSet());
            assertThat(codes).hasSize(20).contains("astana", "almaty", "shymkent", "north-kazakhstan", "ulytau");
        }
    }

    @Test
    void should_list_the_callers_own_bodies_only() {
        Set<Long> karaganda = ids(client.api("/api/v1/bodies", "karaganda.apparatus"));
        Set<Long> abai = ids(client.api("/api/v1/bodies", "abai.apparatus"));

        assertThat(karaganda).hasSizeGreaterThan(15);
        assertThat(abai).hasSizeGreaterThan(15).doesNotContainAnyElementsOf(karaganda);
    }

    @Test
    void should_answer_404_for_a_body_of_another_region_exactly_as_for_a_missing_one() {
        long karagandaBody = ids(client.api("/api/v1/bodies", "karaganda.apparatus")).iterator().next();

        HttpResponse<String> own = client.api("/api/v1/bodies/" + karagandaBody, "karaganda.body1");
        HttpResponse<String> foreign = client.api("/api/v1/bodies/" + karagandaBody, "abai.apparatus");
        HttpResponse<String> missing = client.api("/api/v1/bodies/999999999", "abai.apparatus");

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.body()).isEqualTo(missing.body());
    }

    @Test
    void should_give_a_user_without_a_region_no_tenant_data() {
        assertThat(client.api("/api/v1/bodies", "ministry").statusCode()).isEqualTo(404);
        assertThat(client.api("/api/v1/bodies", "admin").statusCode()).isEqualTo(404);
    }

    @Test
    void should_let_the_ministry_read_one_named_region() {
        Set<Long> viaMinistry = ids(client.api("/api/v1/tenants/jetisu/bodies", "ministry"));
        Set<Long> viaRegion = ids(client.api("/api/v1/bodies", "jetisu.apparatus"));

        assertThat(viaMinistry).isEqualTo(viaRegion);
        assertThat(client.api("/api/v1/tenants/atlantis/bodies", "ministry").statusCode()).isEqualTo(404);
        assertThat(client.api("/api/v1/tenants/abai/bodies", "jetisu.apparatus").statusCode()).isEqualTo(403);
    }

    @Test
    void should_give_the_methodology_in_force_for_each_direction_of_a_year() {
        JsonArray methodologies = PortalClient.array(client.api("/api/v1/methodologies?year=2025", "almaty.body1"));

        assertThat(methodologies).hasSize(7);
        assertThat(methodologies.getValuesAs(JsonObject.class)).allSatisfy(m -> {
            assertThat(m.getString("status")).isEqualTo("PUBLISHED");
            int indicators = m.getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                    .mapToInt(c -> c.getJsonArray("indicators").size()).sum();
            assertThat(indicators).isBetween(8, 20);
        });
        JsonObject budget = methodologies.getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getInt("direction") == 3).findFirst().orElseThrow();
        assertThat(budget.getInt("version")).isEqualTo(2);
        assertThat(client.api("/api/v1/methodologies", "almaty.body1").statusCode()).isEqualTo(400);
    }

    @Test
    void should_list_every_bodys_direction_scores_total_rating_and_status_for_a_year() {
        // The akim reads every concluded direction, so every total; an evaluator sees its own directions only.
        JsonArray evaluations = PortalClient.array(client.api("/api/v1/evaluations?year=2025", "almaty.akim"));

        assertThat(evaluations.size()).isGreaterThan(15);
        assertThat(evaluations.getValuesAs(JsonObject.class)).allSatisfy(e -> {
            assertThat(e.getJsonNumber("total").doubleValue()).isBetween(0.0, 100.0);
            assertThat(e.getString("rating")).isIn("HIGH", "MEDIUM", "LOW", "INEFFECTIVE");
            assertThat(e.getJsonArray("directions").getValuesAs(JsonObject.class))
                    .allSatisfy(d -> assertThat(d.containsKey("score")).isTrue());
        });
    }

    @Test
    void should_show_a_body_only_its_own_evaluation() {
        JsonArray own = PortalClient.array(client.api("/api/v1/evaluations?year=2025", "almaty.body4"));
        long ownBody = PortalClient.object(client.api("/api/v1/me", "almaty.body4")).getJsonNumber("bodyId").longValue();

        assertThat(own).singleElement().satisfies(e ->
                assertThat(((JsonObject) e).getJsonObject("body").getJsonNumber("id").longValue()).isEqualTo(ownBody));
    }

    @Test
    void should_explain_a_score_down_to_source_document_and_verifier() {
        long evaluation = PortalClient.array(client.api("/api/v1/evaluations?year=2025", "almaty.apparatus"))
                .getJsonObject(0).getJsonNumber("evaluationId").longValue();

        JsonObject explain = PortalClient.object(client.api("/api/v1/evaluations/" + evaluation + "/explain",
                "almaty.apparatus"));

        JsonObject direction = explain.getJsonArray("directions").getJsonObject(0);
        JsonObject row = direction.getJsonArray("criteria").getJsonObject(0).getJsonArray("rows").getJsonObject(0);
        assertThat(row.getString("code")).isNotBlank();
        assertThat(row.getInt("sourceType")).isBetween(1, 8);
        assertThat(row.getString("verification")).isIn("ACCEPTED", "CORRECTED", "REJECTED");
        assertThat(row.getString("verifiedBy")).startsWith("almaty.");
        assertThat(row.containsKey("points")).isTrue();
        assertThat(explain.getJsonArray("conclusions")).isNotEmpty();
        assertThat(explain.getJsonArray("directions").getValuesAs(JsonObject.class).stream()
                .flatMap(d -> d.getJsonArray("criteria").getValuesAs(JsonObject.class).stream())
                .flatMap(c -> c.getJsonArray("rows").getValuesAs(JsonObject.class).stream())
                .flatMap(r -> r.getJsonArray("files").getValuesAs(JsonObject.class).stream())
                .filter(f -> f.getBoolean("visible")))
                .allSatisfy(f -> assertThat(f.getString("sha256")).hasSize(64));
    }

    private static Set<Long> ids(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return PortalClient.array(response).getValuesAs(JsonObject.class).stream()
                .map(b -> b.getJsonNumber("id").longValue()).collect(Collectors.toSet());
    }

    @Test
    @DisplayName("An API password verified a moment ago is not hashed again, yet a changed password or a locked account is refused at once")
    void should_remember_a_verified_api_password_but_refuse_at_once_after_a_change_or_a_lock() throws SQLException {
        String user = TestData.newBodyWithUser("abai")[2];
        String hash = storedHash(user);

        assertThat(client.api("/api/v1/me", user).statusCode()).isEqualTo(200);
        assertThat(client.api("/api/v1/me", user).statusCode()).as("remembered: no second hash").isEqualTo(200);
        changeAccount(user, "password_hash = ?", anotherPasswordsHash(hash));
        assertThat(client.api("/api/v1/me", user).statusCode()).as("the password changed").isEqualTo(401);
        changeAccount(user, "password_hash = ?", hash);
        assertThat(client.api("/api/v1/me", user).statusCode()).isEqualTo(200);
        changeAccount(user, "locked_until = cast(? as timestamptz)", "2099-01-01T00:00:00Z");
        assertThat(client.api("/api/v1/me", user).statusCode()).as("locked").isEqualTo(401);
        changeAccount(user, "locked_until = cast(? as timestamptz)", (Object) null);
        assertThat(client.api("/api/v1/me", user).statusCode()).isEqualTo(200);
    }

    /** A well-formed PBKDF2 hash of some other password: one character of the hash part changed. */
    private static String anotherPasswordsHash(String hash) {
        int at = hash.length() - 5;
        char other = hash.charAt(at) == 'A' ? 'B' : 'A';
        return hash.substring(0, at) + other + hash.substring(at + 1);
    }

    private static String storedHash(String user) throws SQLException {
        try (Connection c = Sql.asOwner()) {
            c.setAutoCommit(false);
            Sql.tenant(c, "abai");
            String hash = (String) Sql.rows(c, "select password_hash from app_user where username = ?", user).get(0).get(0);
            c.commit();
            return hash;
        }
    }

    private static void changeAccount(String user, String assignment, Object value) throws SQLException {
        try (Connection c = Sql.asOwner()) {
            c.setAutoCommit(false);
            Sql.tenant(c, "abai");
            Sql.update(c, "update app_user set " + assignment + " where username = ?", value, user);
            c.commit();
        }
    }
}
