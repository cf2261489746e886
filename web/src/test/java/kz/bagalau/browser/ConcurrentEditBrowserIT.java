package kz.bagalau.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import kz.bagalau.testsupport.Browser;
import kz.bagalau.testsupport.PortalClient;
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
 * Two people at two browsers edit the same conclusion draft: the one who saves second, on a page loaded before
 * the first saved, gets a message in their language that someone else changed it, and overwrites nothing.
 * The region is one the demo has at the evaluation step (Akmola), where conclusions are being drafted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentEditBrowserIT {

    static final String REGION = "akmola";

    @ArquillianResource
    URL url;

    @Test
    @DisplayName("Two sessions edit one draft: the stale save is refused with 'changed by someone else — reload'")
    void should_tell_the_second_editor_that_someone_else_changed_the_draft() {
        long direction = directionUnderReview(new PortalClient(url));
        try (Browser first = new Browser(url); Browser second = new Browser(url)) {
            first.logIn(REGION + ".apparatus", "demo");
            second.logIn(REGION + ".apparatus2", "demo");
            first.open("/app/workspace.xhtml?id=" + direction);
            second.open("/app/workspace.xhtml?id=" + direction);

            type(first, "Бірінші сарапшының тұжырымы");
            first.clickAndWait(first.driver().findElement(By.id("conclusionForm:saveConclusion")));
            first.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conclusionForm:conclusionMessages"),
                    "сақталды"));

            type(second, "Ескі беттен жазылған тұжырым");
            second.clickAndWait(second.driver().findElement(By.id("conclusionForm:saveConclusion")));

            assertThat(second.text(By.id("conclusionForm:conclusionMessages")))
                    .contains("басқа біреу өзгертті").contains("қайта жүктеңіз");
            second.open("/app/workspace.xhtml?id=" + direction);
            assertThat(second.waitFor(By.id("conclusionForm:findings")).getAttribute("value"))
                    .isEqualTo("Бірінші сарапшының тұжырымы");
        }
    }

    private static void type(Browser browser, String findings) {
        WebElement field = browser.waitFor(By.id("conclusionForm:findings"));
        field.clear();
        field.sendKeys(findings);
    }

    /** A direction of the region's 2026 evaluation that the akim's apparatus is reviewing (direction 2, 4-6). */
    private static long directionUnderReview(PortalClient api) {
        for (JsonObject e : PortalClient.array(api.api("/api/v1/evaluations?year=2026", REGION + ".apparatus"))
                .getValuesAs(JsonObject.class)) {
            for (JsonObject d : e.getJsonArray("directions").getValuesAs(JsonObject.class)) {
                boolean apparatus = d.getInt("direction") != 1 && d.getInt("direction") != 3;
                if (apparatus && d.getString("state").equals("UNDER_EVALUATION")) {
                    return d.getJsonNumber("directionEvaluationId").longValue();
                }
            }
        }
        throw new AssertionError("No direction under evaluation in " + REGION);
    }
}
