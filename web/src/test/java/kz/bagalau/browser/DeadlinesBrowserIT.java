package kz.bagalau.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import kz.bagalau.testsupport.Browser;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The deadlines' pages in headless Chromium: a body makes its private calendar link on the home page and the
 * link serves its own deadlines until it is revoked; the apparatus sees the region's outbox and the next firings.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeadlinesBrowserIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @ArquillianResource
    URL url;

    @Test
    @DisplayName("¶6: a body makes its calendar link on the home page; the link serves its reporting date until revoked")
    void should_make_and_revoke_a_calendar_link_on_the_home_page() throws Exception {
        try (Browser browser = new Browser(url)) {
            browser.logIn("jetisu.body2", "demo");
            browser.open("/app/home.xhtml");
            browser.clickAndWait(browser.waitFor(By.id("calendarFeedForm:createFeed")));
            String link = browser.waitFor(By.id("calendarFeedForm:feedLink")).getAttribute("value");

            assertThat(link).contains("/calendar/").endsWith(".ics");
            HttpResponse<String> feed = get(link);
            assertThat(feed.statusCode()).isEqualTo(200);
            assertThat(feed.body()).startsWith("BEGIN:VCALENDAR").contains("jetisu-2026-REPORTING-");

            browser.clickAndWait(browser.waitFor(By.id("calendarFeedForm:revokeFeed")));
            assertThat(get(link).statusCode()).as("a revoked link is gone").isEqualTo(404);
        }
    }

    @Test
    @DisplayName("¶6: the apparatus sees the region's outbox and the next reminders and deadlines")
    void should_show_the_apparatus_the_outbox_and_the_next_firings() {
        try (Browser browser = new Browser(url)) {
            browser.logIn("jetisu.apparatus", "demo");
            browser.open("/app/outbox.xhtml");
            browser.waitFor(By.id("outboxForm:mails"));

            assertThat(browser.text(By.id("outboxCounts"))).contains("Жіберілді");
            assertThat(browser.page()).contains("Алдағы еске салулар мен мерзімдер");
        }
    }

    private HttpResponse<String> get(String link) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
