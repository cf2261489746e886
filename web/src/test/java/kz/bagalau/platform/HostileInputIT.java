package kz.bagalau.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import kz.bagalau.testsupport.PortalClient;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the attack-and-bad-input sweep tried, replayed over HTTP against the deployed portal: malformed ids and
 * years in page addresses, a forged view state, an upload over the portal's limit, the exposed endpoints, and
 * the pages a role without the need could open. Each answer is a 404, a redirect or a localised page, and
 * never a 500, a stack trace or a Java class name.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

    private static final String REGION = "kostanay";

    private static final List<String> MALFORMED = List.of(
            "/app/conclusion.xhtml?id=abc", "/app/appeal.xhtml?id=abc", "/app/workspace.xhtml?id=abc",
            "/app/methodology.xhtml?id=abc", "/app/explain.xhtml?id=abc", "/app/explain.xhtml",
            "/app/body.xhtml?id=abc", "/app/conclusion.xhtml?id=1e309", "/app/workspace.xhtml?id=-1",
            "/app/results.xhtml?year=abc", "/app/cycle.xhtml?year=abc", "/app/schedule.xhtml?year=abc",
            "/app/results.xhtml?year=-5", "/app/cycle.xhtml?year=99999", "/app/schedule.xhtml?year=99999",
            "/app/calendar.xhtml?year=abc", "/app/breaches.xhtml?year=-5", "/app/general.xhtml?year=abc");

    @ArquillianResource
    URL url;

    @Test
    void should_answer_404_for_every_malformed_id_or_year_in_a_page_address() {
        PortalClient apparatus = loggedIn(REGION + ".apparatus");
        SoftAssertions softly = new SoftAssertions();

        for (String path : MALFORMED) {
            HttpResponse<String> answer = apparatus.get(path);
            softly.assertThat(answer.statusCode()).as(path).isEqualTo(404);
            softly.assertThat(answer.body()).as(path).doesNotContain("Exception").doesNotContain("at com.sun");
        }
        softly.assertThat(new PortalClient(url).get("/public/results.xhtml?year=abc").statusCode())
                .as("the public page").isEqualTo(404);
        softly.assertAll();
    }

    @Test
    void should_forbid_framing_and_sniffing_and_keep_addresses_out_of_referers_on_pages_api_and_files() {
        PortalClient apparatus = loggedIn(REGION + ".apparatus");
        SoftAssertions softly = new SoftAssertions();

        for (HttpResponse<String> answer : List.of(apparatus.get("/app/home.xhtml"), apparatus.get("/login.xhtml"),
                apparatus.api("/api/v1/me", REGION + ".apparatus"), apparatus.get("/app/explain.xhtml?id=abc"),
                apparatus.get("/app/download/file/abc"),
                new PortalClient(url).get("/public/results.xhtml"))) {
            String where = answer.uri().getPath() + " " + answer.statusCode();
            softly.assertThat(answer.headers().firstValue("X-Frame-Options")).as(where).hasValue("DENY");
            softly.assertThat(answer.headers().firstValue("Content-Security-Policy")).as(where)
                    .hasValueSatisfying(v -> assertThat(v).contains("frame-ancestors 'none'"));
            softly.assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(where).hasValue("nosniff");
            softly.assertThat(answer.headers().firstValue("Referrer-Policy")).as(where).hasValue("same-origin");
        }
        softly.assertAll();
    }

    @Test
    void should_send_a_forged_view_state_to_the_home_page_instead_of_failing() {
        PortalClient apparatus = loggedIn(REGION + ".admin");
        Map<String, String> form = Map.of("bodiesForm", "bodiesForm", "jakarta.faces.ViewState", "stateless");

        HttpResponse<String> plain = apparatus.postForm("/app/bodies.xhtml", form);
        HttpResponse<String> ajax = apparatus.postForm("/app/bodies.xhtml", Map.of("bodiesForm", "bodiesForm",
                "jakarta.faces.ViewState", "stateless", "jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", "bodiesForm:newBody", "jakarta.faces.partial.execute", "@all"),
                "Faces-Request", "partial/ajax");

        assertThat(plain.statusCode()).isEqualTo(302);
        assertThat(plain.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/app/home.xhtml"));
        assertThat(ajax.statusCode()).isEqualTo(200);
        assertThat(ajax.body()).contains("<redirect url=\"").contains("/app/home.xhtml")
                .doesNotContain("Exception").doesNotContain("jakarta.");
    }

    @Test
    void should_answer_an_upload_over_the_portals_limit_with_a_localised_413_page() {
        PortalClient body = loggedIn(REGION + ".body1");

        HttpResponse<String> answer = body.upload("/app/conclusion.xhtml", "appealForm:appealFiles", "big.pdf",
                27 * 1024 * 1024);

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("Файл тым үлкен").contains("26").doesNotContain("Exception");
    }

    @Test
    void should_refuse_a_file_with_an_unusable_name_with_a_message_in_the_users_language() {
        PortalClient apparatus = loggedIn(REGION + ".admin");
        Map<String, String> fields = new java.util.HashMap<>(
                PortalClient.postback(apparatus.get("/app/bodies-import.xhtml")));
        fields.putAll(Map.of("importForm", "importForm", "importForm:upload", ""));

        HttpResponse<String> answer = apparatus.upload("/app/bodies-import.xhtml", fields, "importForm:file_input", "a|b.csv",
                "code\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).doesNotContain("File Error").contains("a|b.csv").contains("файл");
    }

    @Test
    void should_keep_metrics_and_wadl_closed_and_answer_the_api_in_json_without_credentials() {
        PortalClient anonymous = new PortalClient(url);

        HttpResponse<String> metrics = anonymous.get(anonymous.serverRoot() + "/metrics");
        HttpResponse<String> wadl = anonymous.api("/api/application.wadl", REGION + ".body1");
        HttpResponse<String> unauthorised = anonymous.get("/api/v1/bodies");

        assertThat(metrics.statusCode()).isIn(403, 404);
        assertThat(metrics.body()).doesNotContain("# TYPE");
        assertThat(wadl.statusCode()).isEqualTo(404);
        assertThat(wadl.body()).doesNotContain("jersey").doesNotContain("<application");
        assertThat(unauthorised.statusCode()).isEqualTo(401);
        assertThat(unauthorised.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        assertThat(unauthorised.body()).contains("\"status\":401").doesNotContain("Payara").doesNotContain("<html");
    }

    @Test
    void should_answer_options_on_the_api_without_wadl() {
        PortalClient body = new PortalClient(url);

        HttpResponse<String> options = body.apiCall("OPTIONS", "/api/v1/bodies", REGION + ".body1");

        assertThat(options.body()).doesNotContain("wadl").doesNotContain("Jersey").doesNotContain("<application");
    }

    @Test
    void should_answer_404_for_the_registry_import_to_every_role_but_its_keepers() {
        SoftAssertions softly = new SoftAssertions();
        for (String role : List.of("akim", "apparatus", "planning", "budget", "commission", "workingbody", "expert",
                "body1")) {
            softly.assertThat(loggedIn(REGION + "." + role).get("/app/bodies-import.xhtml").statusCode())
                    .as(role).isEqualTo(404);
        }
        softly.assertThat(loggedIn("ministry").get("/app/bodies-import.xhtml").statusCode()).as("ministry")
                .isEqualTo(404);
        softly.assertThat(loggedIn(REGION + ".admin").get("/app/bodies-import.xhtml").statusCode())
                .as("the region's administrator keeps the registry (¶9.2)").isEqualTo(200);
        softly.assertAll();
    }

    @Test
    void should_link_the_workspace_from_the_appeals_page_only_for_an_evaluator() {
        String commission = loggedIn(REGION + ".commission").get("/app/appeals.xhtml").body();
        String workingBody = loggedIn(REGION + ".workingbody").get("/app/appeals.xhtml").body();

        assertThat(commission).contains("appeals").doesNotContain("/app/workspace.xhtml");
        assertThat(workingBody).doesNotContain("/app/workspace.xhtml");
    }

    private PortalClient loggedIn(String username) {
        PortalClient client = new PortalClient(url);
        assertThat(client.logIn(username, "demo")).as("log in as " + username).isTrue();
        return client;
    }
}
