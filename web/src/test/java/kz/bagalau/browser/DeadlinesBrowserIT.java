package kz.bagalau.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import kz.bagalau.testsupport.Browser;
import kz.bagalau.testsupport.PortalClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

/**
 * The deadlines' pages in headless Chromium: a body makes its private calendar link on the home page and the
 * link serves its own deadlines until it is revoked; the apparatus sees the region's outbox and the next firings;
 * the ¶6 late paths are opened on the schedule page by whoever the Rules let authorise them.
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

    @Test
    @DisplayName("¶6, decree ¶4: past 1 December the akim approves a schedule late on the schedule page, with the reason")
    void should_let_the_akim_approve_a_schedule_late_on_the_schedule_page() {
        PortalClient api = new PortalClient(url);
        try (Browser browser = new Browser(url)) {
            moveClock(api, "2029-12-03T05:00:00Z");
            browser.logIn("jambyl.planning", "demo");
            browser.open("/app/schedule.xhtml?year=2029");
            WebElement date = browser.waitFor(By.id("draftForm:reportingDeadline_input"));
            date.clear();
            date.sendKeys("2030-03-01");
            browser.clickAndWait(browser.driver().findElement(By.id("draftForm:saveDraft")));
            browser.waitFor(By.cssSelector("#scheduleStatus .schedule-DRAFT"));
            browser.logOut();

            browser.logIn("jambyl.akim", "demo");
            browser.open("/app/schedule.xhtml?year=2029");
            assertThat(browser.driver().findElements(By.id("approveForm:approve"))).as("no ordinary approval").isEmpty();
            WebElement reason = browser.waitFor(By.id("approveLateForm:lateReason"));
            reason.sendKeys("Жоба 2 желтоқсанда келді");
            assertThat(reason.getAttribute("value")).isEqualTo("Жоба 2 желтоқсанда келді");
            browser.clickAndWait(browser.driver().findElement(By.id("approveLateForm:approveLate")));

            browser.waitFor(By.cssSelector("#scheduleStatus .schedule-APPROVED"));
            assertThat(browser.text(By.id("scheduleStatus"))).contains("Жоба 2 желтоқсанда келді");
            assertThat(browser.text(By.id("approvedLate"))).contains("4");
        } finally {
            api.apiCall("DELETE", "/api/v1/admin/clock", "admin");
        }
    }

    @Test
    @DisplayName("¶6, ¶53: past 25 July the ministry, looking into a region, allows the akim's report late on the schedule page")
    void should_let_the_ministry_allow_the_akims_report_late_on_the_schedule_page() {
        PortalClient api = new PortalClient(url);
        try (Browser browser = new Browser(url)) {
            moveClock(api, "2027-07-26T05:00:00Z");
            browser.logIn("jambyl.akim", "demo");
            browser.open("/app/schedule.xhtml?year=2026");
            browser.waitFor(By.id("steps"));
            assertThat(browser.driver().findElements(By.id("lateReportForm:allowLateReport")))
                    .as("the late party cannot open its own late path").isEmpty();
            browser.logOut();

            browser.logIn("ministry", "demo");
            browser.open("/app/regions.xhtml");
            browser.clickAndWait(browser.waitFor(By.xpath("//tr[td[contains(., 'Жамбыл')]]//button")));
            browser.open("/app/schedule.xhtml?year=2026");
            // The reason first: typing a date opens the date picker's overlay, which may swallow the next keys.
            WebElement reason = browser.waitFor(By.id("lateReportForm:lateReportReason"));
            reason.sendKeys("Әкім ауысты");
            assertThat(reason.getAttribute("value")).isEqualTo("Әкім ауысты");
            WebElement until = browser.driver().findElement(By.id("lateReportForm:lateReportUntil_input"));
            until.clear();
            until.sendKeys("2027-08-05");
            browser.clickAndWait(browser.driver().findElement(By.id("lateReportForm:allowLateReport")));

            try {
                browser.until(d -> browser.text(By.id("extensions")).contains("Әкім ауысты"));
            } catch (TimeoutException e) {
                throw new AssertionError("The extension is not shown; the page says: " + browser.page(), e);
            }
            assertThat(browser.text(By.id("extensions"))).contains("2027-08-05").contains("ministry");
        } finally {
            api.apiCall("DELETE", "/api/v1/admin/clock", "admin");
        }
    }

    private static void moveClock(PortalClient api, String to) {
        assertThat(api.apiCall("PUT", "/api/v1/admin/clock?to=" + to, "admin").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String link) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
