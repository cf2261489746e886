package kz.bagalau.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.bagalau.testsupport.Browser;
import kz.bagalau.testsupport.EvaluationFixture;
import kz.bagalau.testsupport.PortalClient;
import kz.bagalau.testsupport.TestData;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * One region's whole evaluation of 2027 played through the pages in headless Chromium, the clock moved by the
 * administrator's demo clock between the steps: the schedule (¶8), the body's report (¶41), the evaluators'
 * checks and conclusions (¶42, ¶47), an accepted appeal and its corrected conclusion (¶55-¶59), the final
 * conclusions (¶46), the general evaluation (¶49), the commission (¶51), the akim's report (¶53) and the public
 * page (¶54). Kyzylorda has no other 2027 evaluation, so the new body is the region's year.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CycleBrowserIT {

    static final String REGION = "kyzylorda";
    static final int YEAR = 2027;

    @ArquillianResource
    URL url;

    @Test
    @DisplayName("¶8-¶59: a region's year from the schedule to the public page, with an accepted appeal")
    void should_play_a_regions_year_from_schedule_to_publication() throws Exception {
        PortalClient api = new PortalClient(url);
        Path document = Files.createTempFile("растау", ".pdf");
        Files.write(document, EvaluationFixture.PDF);
        try (Browser browser = new Browser(url)) {
            moveClock(api, "2027-02-01T05:00:00Z");
            draftAndApproveTheSchedule(browser);

            moveClock(api, "2028-02-01T05:00:00Z");
            String[] body = TestData.newBodyWithUser(REGION);
            String bodyUser = body[2];
            report(browser, bodyUser, document);
            Map<Integer, Long> directions = directionsOf(api, body[1], bodyUser);
            directions.forEach((number, id) -> conclude(browser, evaluatorOf(number), id));

            long appeal = fileAppeal(browser, api, bodyUser, directions.get(2), document);
            formCommissionAndAccept(browser, appeal);
            correctConclusion(browser, directions.get(2));
            browser.open("/app/appeal.xhtml?id=" + appeal);
            assertThat(browser.waitFor(By.id("correctedLink")).isDisplayed()).isTrue();
            browser.logOut();

            moveClock(api, "2028-02-15T05:00:00Z");
            for (String evaluator : List.of("planning", "budget", "apparatus")) {
                finaliseReady(browser, REGION + "." + evaluator);
            }
            submitTheGeneralEvaluation(browser);
            browser.logIn(bodyUser, "demo");
            assertThat(browser.text(By.id("notices"))).contains(String.valueOf(YEAR));
            browser.logOut();

            cycleStep(browser, REGION + ".commission", "commissionForm", "commissionText", "recordCommission",
                    "Нәтижелер негізді деп танылды.");
            cycleStep(browser, REGION + ".akim", "akimForm", "akimText", "approveAkim", "Есеп бекітілді.");
            browser.logIn(REGION + ".planning", "demo");
            browser.open("/app/cycle.xhtml?year=" + YEAR);
            browser.driver().findElement(By.id("publishForm:publish")).click();
            browser.waitFor(By.id("publishedRecord"));
            browser.logOut();

            browser.open("/public/results.xhtml?region=" + REGION + "&year=" + YEAR);
            assertThat(browser.text(By.id("publicResults"))).contains("Браузер сынағы " + body[1]);
            assertThat(browser.text(By.id("publicTitle"))).contains(String.valueOf(YEAR));
        } finally {
            api.apiCall("DELETE", "/api/v1/admin/clock", "admin");
        }
    }

    private void draftAndApproveTheSchedule(Browser browser) {
        browser.logIn(REGION + ".planning", "demo");
        browser.open("/app/schedule.xhtml?year=" + YEAR);
        WebElement date = browser.waitFor(By.id("draftForm:reportingDeadline_input"));
        date.clear();
        date.sendKeys("2028-03-01");
        browser.clickAndWait(browser.driver().findElement(By.id("draftForm:saveDraft")));
        browser.waitFor(By.cssSelector("#scheduleStatus .schedule-DRAFT"));
        browser.logOut();
        browser.logIn(REGION + ".akim", "demo");
        browser.open("/app/schedule.xhtml?year=" + YEAR);
        browser.clickAndWait(browser.waitFor(By.id("approveForm:approve")));
        browser.waitFor(By.cssSelector("#scheduleStatus .schedule-APPROVED"));
        browser.logOut();
    }

    /** The body enters a figure in every field, attaches a document where one is required and submits (¶41). */
    private void report(Browser browser, String bodyUser, Path document) {
        browser.logIn(bodyUser, "demo");
        browser.open("/app/reporting.xhtml?year=" + YEAR);
        int tabs = browser.driver().findElements(By.xpath("//ul[@role='tablist']/li")).size();
        By missing = By.xpath(".//tr[.//span[contains(@class,'badge')] and not(.//div[@class='file'])]//input[@type='file']");
        for (int n = 1; n <= tabs; n++) {
            int tab = n;
            WebElement panel = openTab(browser, tab);
            for (WebElement input : panel.findElements(By.cssSelector("input[inputmode='decimal']"))) {
                input.sendKeys("1");
            }
            // ¶34: a figure from a sociological survey names the survey.
            panel.findElements(By.cssSelector("input[id$=':surveyOrg']")).forEach(i -> i.sendKeys("Зерттеу институты"));
            panel.findElements(By.cssSelector("input[id$=':surveyDate']")).forEach(i -> i.sendKeys("2028-01-15"));
            panel.findElements(By.cssSelector("input[id$=':surveySample']")).forEach(i -> i.sendKeys("1000"));
            browser.clickAndWait(panel.findElement(By.cssSelector("button[id$=':save']")));
            for (List<WebElement> uploads = openTab(browser, tab).findElements(missing); !uploads.isEmpty();
                 uploads = openTab(browser, tab).findElements(missing)) {
                int before = uploads.size();
                uploads.get(0).sendKeys(document.toString());
                browser.until(d -> {
                    browser.waitForAjax();
                    return openTab(browser, tab).findElements(missing).size() < before;
                });
            }
            openTab(browser, tab).findElement(By.cssSelector("button[id$=':submit']")).click();
            browser.confirm();
            browser.until(d -> openTab(browser, tab).getText().contains("ұсынылды"));
        }
        browser.logOut();
    }

    /** The direction's evaluator accepts the figures, scores and sends the conclusion (¶42, ¶47). */
    private void conclude(Browser browser, String evaluator, long direction) {
        browser.logIn(evaluator, "demo");
        browser.open("/app/workspace.xhtml?id=" + direction);
        browser.driver().findElement(By.id("valuesForm:acceptPending")).click();
        browser.confirm();
        browser.clickAndWait(browser.waitFor(By.id("valuesForm:score")));
        browser.driver().findElement(By.id("conclusionForm:findings")).sendKeys("Көрсеткіштер орындалды.");
        browser.driver().findElement(By.id("conclusionForm:recommendations")).sendKeys("Деңгейді сақтау.");
        browser.driver().findElement(By.id("conclusionForm:sendConclusion")).click();
        browser.confirm();
        browser.waitFor(By.cssSelector("#state.state-CONCLUSION_SENT"));
        browser.logOut();
    }

    /** The body opens the conclusion on direction 2 (its receipt) and files an appeal with a document (¶55). */
    private long fileAppeal(Browser browser, PortalClient api, String bodyUser, long direction, Path document) {
        long evaluation = PortalClient.array(api.api("/api/v1/evaluations?year=" + YEAR, bodyUser)).getJsonObject(0)
                .getJsonNumber("evaluationId").longValue();
        long conclusion = PortalClient.object(api.api("/api/v1/evaluations/" + evaluation + "/explain", bodyUser))
                .getJsonArray("conclusions").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("directionEvaluationId").longValue() == direction)
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        browser.logIn(bodyUser, "demo");
        browser.open("/app/conclusion.xhtml?id=" + conclusion);
        browser.waitFor(By.id("appealForm:appealText")).sendKeys("Растаушы құжаттар ескерілмеді.");
        browser.driver().findElement(By.id("appealForm:appealFiles_input")).sendKeys(document.toString());
        browser.driver().findElement(By.id("appealForm:fileAppeal")).click();
        browser.waitFor(By.cssSelector("#appealStatus.appeal-FILED"));
        String address = browser.driver().getCurrentUrl();
        browser.logOut();
        return Long.parseLong(address.substring(address.indexOf("id=") + 3).replaceAll("\\D.*", ""));
    }

    /** ¶57-¶58: the apparatus forms the commission from its control unit; the unit accepts with reasons. */
    private void formCommissionAndAccept(Browser browser, long appeal) {
        browser.logIn(REGION + ".apparatus", "demo");
        browser.open("/app/appeal.xhtml?id=" + appeal);
        assertThat(browser.text(By.id("commissionCard"))).contains("(" + REGION + ".apparatus) —");
        browser.driver().findElement(By.xpath("//label[contains(., '(" + REGION + ".apparatus2)')]")).click();
        browser.clickAndWait(browser.driver().findElement(By.id("commissionForm:formCommission")));
        browser.waitFor(By.cssSelector("#appealStatus.appeal-UNDER_REVIEW"));
        browser.logOut();

        browser.logIn(REGION + ".apparatus2", "demo");
        browser.open("/app/appeal.xhtml?id=" + appeal);
        browser.driver().findElement(By.xpath("//table[@id='decisionForm:accepted']//label[1] | "
                + "//div[@id='decisionForm:accepted']//label[1]")).click();
        browser.driver().findElement(By.id("decisionForm:reasons")).sendKeys("Құжаттар нақты мәнді растайды.");
        browser.clickAndWait(browser.driver().findElement(By.id("decisionForm:decide")));
        browser.waitFor(By.cssSelector("#appealStatus.appeal-ACCEPTED"));
        browser.logOut();
    }

    /** ¶59: the corrected conclusion is a new version sent from the workspace. */
    private void correctConclusion(Browser browser, long direction) {
        browser.logIn(REGION + ".apparatus", "demo");
        browser.open("/app/workspace.xhtml?id=" + direction);
        WebElement findings = browser.waitFor(By.id("conclusionForm:findings"));
        findings.clear();
        findings.sendKeys("Шағым бойынша түзетілді.");
        browser.driver().findElement(By.id("conclusionForm:sendConclusion")).click();
        browser.confirm();
        browser.waitFor(By.cssSelector("#state.state-CONCLUSION_SENT"));
    }

    private void finaliseReady(Browser browser, String evaluator) {
        browser.logIn(evaluator, "demo");
        browser.open("/app/cycle.xhtml?year=" + YEAR);
        assertThat(browser.text(By.id("ready"))).isNotEqualTo("0");
        browser.clickAndWait(browser.driver().findElement(By.id("finaliseForm:finaliseReady")));
        browser.until(ExpectedConditions.textToBe(By.id("ready"), "0"));
        browser.logOut();
    }

    private void submitTheGeneralEvaluation(Browser browser) {
        browser.logIn(REGION + ".planning", "demo");
        browser.open("/app/general.xhtml?year=" + YEAR);
        browser.clickAndWait(browser.waitFor(By.id("planningForm:assemble")));
        browser.waitFor(By.id("planningForm:submitGeneral")).click();
        browser.confirm();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("generalStatus"), "planning"));
        assertThat(browser.text(By.id("ranking"))).contains("Браузер сынағы");
        browser.logOut();
    }

    private void cycleStep(Browser browser, String user, String form, String field, String button, String text) {
        browser.logIn(user, "demo");
        browser.open("/app/cycle.xhtml?year=" + YEAR);
        browser.waitFor(By.id(form + ":" + field)).sendKeys(text);
        browser.clickAndWait(browser.driver().findElement(By.id(form + ":" + button)));
        browser.until(ExpectedConditions
                .textToBePresentInElementLocated(By.id("progress"), text));
        browser.logOut();
    }

    private static void moveClock(PortalClient api, String to) {
        assertThat(api.apiCall("PUT", "/api/v1/admin/clock?to=" + to, "admin").statusCode()).isEqualTo(200);
    }

    /** The body's direction evaluations by number, as its own evaluation lists them (each evaluator sees its own). */
    private static Map<Integer, Long> directionsOf(PortalClient api, String bodyCode, String bodyUser) {
        Map<Integer, Long> ids = new LinkedHashMap<>();
        for (JsonObject e : PortalClient.array(api.api("/api/v1/evaluations?year=" + YEAR, bodyUser))
                .getValuesAs(JsonObject.class)) {
            if (e.getJsonObject("body").getString("code").equals(bodyCode)) {
                e.getJsonArray("directions").getValuesAs(JsonObject.class).forEach(d ->
                        ids.put(d.getInt("direction"), d.getJsonNumber("directionEvaluationId").longValue()));
            }
        }
        assertThat(ids).containsKeys(1, 2, 3, 4, 5, 6);
        return ids;
    }

    private static String evaluatorOf(int direction) {
        return REGION + "." + switch (direction) {
            case 1 -> "planning";
            case 3 -> "budget";
            default -> "apparatus";
        };
    }

    /** Opens the n-th tab of the reporting page and returns its panel. */
    private static WebElement openTab(Browser browser, int n) {
        WebElement header = browser.waitFor(By.xpath("//ul[@role='tablist']/li[" + n + "]/a"));
        header.click();
        browser.waitForAjax();
        return browser.waitFor(By.cssSelector(".ui-tabs-panel:not(.ui-helper-hidden)"));
    }
}
