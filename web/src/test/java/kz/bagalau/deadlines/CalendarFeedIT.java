package kz.bagalau.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import kz.bagalau.deadlines.application.CalendarFeedService;
import kz.bagalau.testsupport.Callers;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each user's private calendar feed over real HTTP: it holds the user's own deadlines and nobody else's, its
 * token opens only its owner's region, and a revoked or unknown token answers 404 like a page that does not exist.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarFeedIT {

    @ArquillianResource
    URL url;

    @Inject
    Callers callers;

    @Inject
    CalendarFeedService feeds;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    @DisplayName("¶6, ¶7.1: a body's feed holds its own reporting date with its extension; the akim's holds the 25 July report, not the bodies' dates")
    void should_give_each_user_their_own_deadlines() throws Exception {
        String bodyToken = callers.as("karaganda.body1", () -> feeds.create());
        String akimToken = callers.as("karaganda.akim", () -> feeds.create());

        HttpResponse<String> body = get(bodyToken);
        HttpResponse<String> akim = get(akimToken);

        assertThat(body.statusCode()).isEqualTo(200);
        assertThat(body.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/calendar"));
        assertThat(body.body()).startsWith("BEGIN:VCALENDAR").contains("karaganda-2026-REPORTING-")
                .doesNotContain("AKIM_REPORT");
        assertThat(akim.body()).contains("karaganda-2026-AKIM_REPORT-0@bagalau").doesNotContain("-REPORTING-");
    }

    @Test
    @DisplayName("A feed token opens only its owner's region; a revoked, unknown or malformed token answers 404")
    void should_answer_404_to_a_revoked_unknown_or_malformed_token() throws Exception {
        String shymkent = callers.as("shymkent.body1", () -> feeds.create());
        assertThat(get(shymkent).body()).contains("shymkent-").doesNotContain("karaganda-");

        String old = callers.as("abai.apparatus", () -> feeds.create());
        String renewed = callers.as("abai.apparatus", () -> feeds.create());
        assertThat(get(old).statusCode()).as("a new link ends the old one").isEqualTo(404);
        assertThat(get(renewed).statusCode()).isEqualTo(200);
        callers.as("abai.apparatus", () -> feeds.revoke());
        assertThat(get(renewed).statusCode()).isEqualTo(404);

        assertThat(get("A".repeat(43)).statusCode()).isEqualTo(404);
        assertThat(get("..%2F..%2Fetc").statusCode()).isEqualTo(404);
        assertThat(http.send(HttpRequest.newBuilder(url.toURI().resolve("calendar/")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String token) throws Exception {
        URI uri = url.toURI().resolve("calendar/" + token + ".ics");
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
