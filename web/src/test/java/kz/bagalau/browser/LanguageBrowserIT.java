package kz.bagalau.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.bagalau.testsupport.Browser;
import kz.bagalau.testsupport.PortalClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The main pages, rendered in headless Chromium in Russian and in English, as the roles that use them: no
 * text may stay Kazakh (a letter only Kazakh has) or show a library's English default ("No records found",
 * "File Error", "Validation Error"), and an English page has no Cyrillic at all. What people wrote is shown as
 * they wrote it ({@code class="text"}) and names are not translated (people, files, the portal, the language
 * links: {@code translate="no"}); both are data, not interface, and are left out.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LanguageBrowserIT {

    private static final String REGION = "aktobe";
    private static final int YEAR = 2025;
    private static final Pattern KAZAKH = Pattern.compile("[ӘәҒғҚқҢңӨөҰұҮүҺһІі]");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final List<String> LIBRARY_DEFAULTS = List.of("No records found", "File Error", "Validation Error",
            "Conversion error", "???");

    @ArquillianResource
    URL url;

    @Test
    void should_show_the_apparatus_pages_in_russian_and_english_without_kazakh_or_library_defaults() {
        Ids ids = ids(REGION + ".apparatus");
        List<String> pages = List.of("/app/home.xhtml", "/app/bodies.xhtml",
                "/app/methodologies.xhtml", "/app/evaluations.xhtml?year=" + YEAR, "/app/results.xhtml?year=" + YEAR,
                "/app/cycle.xhtml?year=" + YEAR, "/app/schedule.xhtml?year=" + YEAR,
                "/app/calendar.xhtml?year=" + YEAR, "/app/appeals.xhtml?year=" + YEAR,
                "/app/breaches.xhtml?year=" + YEAR, "/app/general.xhtml?year=" + YEAR,
                "/app/outbox.xhtml",
                "/app/workspace.xhtml?id=" + ids.direction, "/app/explain.xhtml?id=" + ids.evaluation,
                "/app/conclusion.xhtml?id=" + ids.conclusion, "/app/methodology.xhtml?id=" + ids.methodology);

        assertThat(problems(REGION + ".apparatus", pages)).isEmpty();
    }

    @Test
    void should_show_the_administrators_pages_in_russian_and_english_without_kazakh_or_library_defaults() {
        assertThat(problems(REGION + ".admin", List.of("/app/users.xhtml", "/app/commission.xhtml",
                "/app/staff.xhtml", "/app/bodies-import.xhtml", "/app/audit.xhtml", "/app/calendar.xhtml?year=" + YEAR,
                "/app/password.xhtml"))).isEmpty();
        assertThat(problems("admin", List.of("/app/regions.xhtml", "/app/tenant.xhtml", "/app/ops.xhtml",
                "/app/national-accounts.xhtml",
                "/app/tenant.xhtml?code=" + REGION))).isEmpty();
    }

    @Test
    void should_show_the_body_pages_in_russian_and_english_without_kazakh_or_library_defaults() {
        Ids ids = ids(REGION + ".body1");
        List<String> pages = List.of("/app/home.xhtml", "/app/reporting.xhtml?year=" + YEAR,
                "/app/explain.xhtml?id=" + ids.evaluation, "/app/conclusion.xhtml?id=" + ids.conclusion,
                "/app/appeals.xhtml?year=" + YEAR, "/public/results.xhtml?region=" + REGION + "&year=" + YEAR);

        assertThat(problems(REGION + ".body1", pages)).isEmpty();
    }

    /** Every offending text on every page in ru and en, as "language page: text" lines. */
    private List<String> problems(String username, List<String> pages) {
        List<String> found = new ArrayList<>();
        try (Browser browser = new Browser(url)) {
            browser.logIn(username, "demo");
            try {
                for (String language : List.of("ru", "en")) {
                    browser.open("/app/home.xhtml");
                    browser.switchLanguage(language);
                    for (String page : pages) {
                        browser.open(page);
                        browser.waitForAjax();
                        String text = interfaceText(browser);
                        check(found, language, page, text, KAZAKH);
                        if ("en".equals(language)) {
                            check(found, language, page, text, CYRILLIC);
                        }
                        LIBRARY_DEFAULTS.stream().filter(text::contains)
                                .forEach(d -> found.add(language + " " + page + ": " + d));
                    }
                }
            } finally {
                browser.open("/app/home.xhtml");
                browser.switchLanguage("kk");
            }
        }
        return found;
    }

    private static void check(List<String> found, String language, String page, String text, Pattern letters) {
        for (String line : text.split("\n")) {
            Matcher m = letters.matcher(line);
            if (m.find()) {
                found.add(language + " " + page + ": " + line.strip());
            }
        }
    }

    /**
     * The page's visible text without what is data rather than interface (names and written texts); those
     * elements are taken out of the page, so the next step opens a fresh one.
     */
    private static String interfaceText(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelectorAll('[translate=no], .text').forEach(e => e.remove());"
                        + " return document.body.innerText;");
    }

    private record Ids(long evaluation, long direction, long conclusion, long methodology) {
    }

    private Ids ids(String username) {
        PortalClient client = new PortalClient(url);
        JsonObject first = PortalClient.array(client.api("/api/v1/evaluations?year=" + YEAR, username))
                .getJsonObject(0);
        long evaluation = first.getJsonNumber("evaluationId").longValue();
        long direction = first.getJsonArray("directions").getJsonObject(1).getJsonNumber("directionEvaluationId")
                .longValue();
        JsonObject explain = PortalClient.object(client.api("/api/v1/evaluations/" + evaluation + "/explain",
                username));
        long conclusion = explain.getJsonArray("conclusions").getJsonObject(0).getJsonNumber("id").longValue();
        long methodology = PortalClient.array(client.api("/api/v1/methodologies?year=" + YEAR, username)).getJsonObject(0)
                .getJsonNumber("id").longValue();
        return new Ids(evaluation, direction, conclusion, methodology);
    }
}
