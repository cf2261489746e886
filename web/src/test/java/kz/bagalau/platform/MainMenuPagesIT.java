package kz.bagalau.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
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
 * Every page of the main menu, opened by a role it is for, renders whole (the calendar once answered 500 to the
 * apparatus while the browser tests only read its text), and every kind of answer carries the hardening
 * headers: the two-part Content-Security-Policy (the portal's and PrimeFaces' nonce for scripts on pages),
 * nosniff, no framing, same-origin referrers, and no server name or version.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MainMenuPagesIT {

    private static final String REGION = "pavlodar";

    @ArquillianResource
    URL url;

    @Test
    void should_render_every_page_of_the_main_menu_for_a_role_it_is_for() {
        Map<String, List<String>> menu = new LinkedHashMap<>();
        menu.put(REGION + ".apparatus", List.of("/app/home.xhtml", "/app/bodies.xhtml", "/app/evaluations.xhtml",
                "/app/results.xhtml", "/app/cycle.xhtml", "/app/schedule.xhtml", "/app/calendar.xhtml",
                "/app/appeals.xhtml", "/app/outbox.xhtml", "/app/methodologies.xhtml",
                "/app/tokens.xhtml", "/public/results.xhtml"));
        menu.put(REGION + ".admin", List.of("/app/home.xhtml", "/app/users.xhtml", "/app/commission.xhtml",
                "/app/staff.xhtml", "/app/calendar.xhtml", "/app/bodies.xhtml", "/app/bodies-import.xhtml", "/app/audit.xhtml",
                "/app/outbox.xhtml", "/app/password.xhtml"));
        menu.put(REGION + ".commission", List.of("/app/commission.xhtml"));
        menu.put(REGION + ".planning", List.of("/app/general.xhtml", "/app/evaluations.xhtml"));
        menu.put(REGION + ".akim", List.of("/app/home.xhtml", "/app/breaches.xhtml", "/app/cycle.xhtml"));
        menu.put(REGION + ".body1", List.of("/app/home.xhtml", "/app/reporting.xhtml", "/app/appeals.xhtml",
                "/app/calendar.xhtml", "/app/schedule.xhtml"));
        menu.put("ministry", List.of("/app/home.xhtml", "/app/board.xhtml", "/app/national.xhtml",
                "/app/summary.xhtml", "/app/conclusion-layouts.xhtml", "/app/regions.xhtml"));
        menu.put("admin", List.of("/app/home.xhtml", "/app/regions.xhtml", "/app/board.xhtml", "/app/tenant.xhtml",
                "/app/tenant.xhtml?code=" + REGION, "/app/ops.xhtml", "/app/national-accounts.xhtml"));
        SoftAssertions softly = new SoftAssertions();

        menu.forEach((username, pages) -> {
            PortalClient client = new PortalClient(url);
            assertThat(client.logIn(username, "demo")).as("log in as " + username).isTrue();
            for (String page : pages) {
                HttpResponse<String> answer = client.get(page);
                softly.assertThat(answer.statusCode()).as(username + " " + page).isEqualTo(200);
                softly.assertThat(answer.body()).as(username + " " + page).contains("</html>")
                        .doesNotContain("Exception").doesNotContain("at com.sun");
            }
        });
        softly.assertAll();
    }

    @Test
    void should_send_the_hardening_headers_on_a_page_an_error_page_the_api_and_a_static_file() {
        PortalClient apparatus = new PortalClient(url);
        assertThat(apparatus.logIn(REGION + ".apparatus", "demo")).isTrue();
        HttpResponse<String> page = apparatus.get("/app/home.xhtml");
        HttpResponse<String> error = apparatus.get("/app/explain.xhtml?id=abc");
        HttpResponse<String> api = apparatus.api("/api/v1/me", REGION + ".apparatus");
        HttpResponse<String> file = apparatus.get("/resources/css/portal.css");
        SoftAssertions softly = new SoftAssertions();

        softly.assertThat(error.statusCode()).isEqualTo(404);
        softly.assertThat(api.statusCode()).isEqualTo(200);
        for (HttpResponse<String> answer : List.of(page, error, api, file)) {
            String where = answer.uri().getPath() + " " + answer.statusCode();
            List<String> policies = answer.headers().allValues("Content-Security-Policy");
            softly.assertThat(policies).as(where).anySatisfy(p -> assertThat(p).contains("default-src 'self'")
                    .contains("object-src 'none'").contains("frame-ancestors 'none'").contains("base-uri 'self'")
                    .contains("form-action 'self'"));
            softly.assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(where).hasValue("nosniff");
            softly.assertThat(answer.headers().firstValue("X-Frame-Options")).as(where).hasValue("DENY");
            softly.assertThat(answer.headers().firstValue("Referrer-Policy")).as(where).hasValue("same-origin");
            softly.assertThat(answer.headers().firstValue("X-Powered-By")).as(where).isEmpty();
            softly.assertThat(answer.headers().firstValue("Server").orElse("")).as(where)
                    .doesNotContainIgnoringCase("payara").doesNotContainIgnoringCase("glassfish")
                    .doesNotContainPattern("[0-9]");
            softly.assertThat(answer.body()).as(where).doesNotContain("Exception").doesNotContain("at com.sun");
        }
        for (HttpResponse<String> rendered : List.of(page, error)) {
            softly.assertThat(rendered.headers().allValues("Content-Security-Policy")).as(rendered.uri().getPath())
                    .anySatisfy(p -> assertThat(p).matches("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]{16,}'.*"));
        }
        softly.assertAll();
    }
}
