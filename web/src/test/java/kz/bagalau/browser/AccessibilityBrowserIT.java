package kz.bagalau.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.bagalau.testsupport.Browser;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A government portal must be usable by everyone who has to use it, with a screen reader or a keyboard and at
 * low vision: axe-core checks the main page of every role and the public pages against WCAG 2.1 A and AA in
 * Chromium, as rendered, and no serious or critical violation may remain (missing labels, contrast, names of
 * buttons and links, landmarks, keyboard traps). The browser also fails the test if the Content-Security-Policy
 * refused anything on these pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityBrowserIT {

    private static final String REGION = "aktobe";

    @ArquillianResource
    URL url;

    @Test
    @DisplayName("should pass WCAG 2.1 AA (serious, critical) on the login and public pages without logging in")
    void should_pass_wcag_on_the_pages_anyone_can_open() {
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(url)) {
            for (String page : List.of("/login.xhtml", "/public/results.xhtml",
                    "/public/results.xhtml?region=" + REGION + "&year=2025")) {
                check(browser, "anonymous", page, problems);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    @DisplayName("should pass WCAG 2.1 AA (serious, critical) on the main page of every regional role")
    void should_pass_wcag_on_the_main_page_of_every_regional_role() {
        Map<String, List<String>> pages = Map.of(
                "body1", List.of("/app/home.xhtml", "/app/reporting.xhtml?year=2025"),
                "apparatus", List.of("/app/home.xhtml", "/app/evaluations.xhtml?year=2025"),
                "planning", List.of("/app/home.xhtml", "/app/results.xhtml?year=2025"),
                "akim", List.of("/app/home.xhtml", "/app/cycle.xhtml?year=2025"),
                "commission", List.of("/app/home.xhtml"),
                "expert", List.of("/app/home.xhtml"),
                "admin", List.of("/app/users.xhtml", "/app/commission.xhtml", "/app/staff.xhtml", "/app/audit.xhtml"));
        List<String> problems = new ArrayList<>();
        pages.forEach((role, paths) -> problems.addAll(problemsOf(REGION + "." + role, paths)));
        assertThat(problems).isEmpty();
    }

    @Test
    @DisplayName("should pass WCAG 2.1 AA (serious, critical) on the ministry's and the administrator's pages")
    void should_pass_wcag_on_the_national_pages() {
        List<String> problems = new ArrayList<>();
        problems.addAll(problemsOf("ministry", List.of("/app/home.xhtml", "/app/board.xhtml", "/app/national.xhtml")));
        problems.addAll(problemsOf("admin", List.of("/app/home.xhtml", "/app/regions.xhtml", "/app/tenant.xhtml",
                "/app/ops.xhtml", "/app/national-accounts.xhtml")));
        assertThat(problems).isEmpty();
    }

    private List<String> problemsOf(String username, List<String> paths) {
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(url)) {
            browser.logIn(username, "demo");
            for (String page : paths) {
                check(browser, username, page, problems);
            }
        }
        return problems;
    }

    private static void check(Browser browser, String who, String page, List<String> problems) {
        browser.open(page);
        browser.waitForAjax();
        browser.accessibilityProblems().forEach(p -> problems.add(who + " " + page + " — " + p));
    }
}
