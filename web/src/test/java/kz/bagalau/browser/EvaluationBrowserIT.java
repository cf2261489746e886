package kz.bagalau.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.bagalau.testsupport.Browser;
import kz.bagalau.testsupport.EvaluationFixture;
import kz.bagalau.testsupport.PortalClient;
import kz.bagalau.testsupport.TestData;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * One body's direction walked through the pages in headless Chromium: the body enters its figures and a
 * document and submits (¶41); the akim's apparatus re-checks each figure (¶42), scores and sends the
 * conclusion (¶47); the body then reads the conclusion and its PDF.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvaluationBrowserIT {

    static final String REGION = "north-kazakhstan";

    @ArquillianResource
    URL url;

    @Test
    void should_walk_a_direction_from_data_entry_to_the_sent_conclusion() throws Exception {
        String[] body = TestData.newBodyWithUser(REGION);
        String bodyUser = body[2];
        Path evidence = Files.createTempFile("акт", ".pdf");
        Files.write(evidence, EvaluationFixture.PDF);

        try (Browser browser = new Browser(url)) {
            browser.logIn(bodyUser, "demo");
            browser.open("/app/reporting.xhtml?year=2026");
            WebElement tab = openTab(browser, 2);
            List<WebElement> actuals = tab.findElements(By.cssSelector("input[id$=':actual']"));
            String[] figures = {"97", "100", "1", "5", "2", "100", "0", "95"};
            assertThat(actuals).hasSize(figures.length);
            for (int i = 0; i < figures.length; i++) {
                actuals.get(i).sendKeys(figures[i]);
            }
            browser.clickAndWait(tab.findElement(By.cssSelector("button[id$=':save']")));
            tab = openTab(browser, 2);
            WebElement upload = tab.findElement(By.xpath(".//tr[.//strong[normalize-space(.)='2.07']]//input[@type='file']"));
            upload.sendKeys(evidence.toString());
            browser.waitForAjax();
            browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reportForm"), evidence.getFileName().toString()));
            tab = openTab(browser, 2);
            tab.findElement(By.cssSelector("button[id$=':submit']")).click();
            browser.confirm();
            assertThat(openTab(browser, 2).getText()).contains("ұсынылды");
            browser.logOut();

            browser.logIn(REGION + ".apparatus", "demo");
            browser.open("/app/evaluations.xhtml?year=2026");
            browser.driver().findElement(By.cssSelector("#queueForm\\:queue input[id$='filter']")).sendKeys(body[1]);
            browser.until(ExpectedConditions.elementToBeClickable(By.linkText("Браузер сынағы " + body[1]))).click();
            browser.waitFor(By.id("workspaceTitle"));
            for (int i = 0; i < figures.length; i++) {
                List<WebElement> accept = browser.driver().findElements(By.cssSelector("button[id$=':accept']"));
                browser.clickAndWait(accept.get(i));
            }
            assertThat(browser.text(By.id("pending"))).isEqualTo("0");
            browser.clickAndWait(browser.driver().findElement(By.id("valuesForm:score")));
            assertThat(browser.text(By.id("score"))).matches("\\d+\\.\\d{2}");
            browser.driver().findElement(By.id("conclusionForm:findings")).sendKeys("Тапсырмалар мерзімінде орындалды.");
            browser.driver().findElement(By.id("conclusionForm:recommendations")).sendKeys("Бақылауды күшейту.");
            browser.driver().findElement(By.id("conclusionForm:sendConclusion")).click();
            browser.confirm();
            browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "қорытынды жіберілді"));
            browser.logOut();

            browser.logIn(bodyUser, "demo");
            browser.open("/app/reporting.xhtml?year=2026");
            WebElement concluded = openTab(browser, 2);
            assertThat(concluded.getText()).contains("қорытынды жіберілді");
            concluded.findElement(By.linkText("Балл неге осындай")).click();
            browser.waitFor(By.id("conclusions"));
            browser.driver().findElement(By.cssSelector("#conclusions a")).click();
            assertThat(browser.text(By.id("findings"))).isEqualTo("Тапсырмалар мерзімінде орындалды.");
            String pdfHref = browser.driver().findElement(By.id("pdfKk")).getAttribute("href");
            PortalClient client = new PortalClient(url);
            assertThat(client.logIn(bodyUser, "demo")).isTrue();
            java.net.http.HttpResponse<String> pdf = client.get(pdfHref);
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
            assertThat(pdf.body()).startsWith("%PDF");
        }
    }

    /** Opens the tab of a direction on the reporting page and returns its panel. */
    private static WebElement openTab(Browser browser, int direction) {
        WebElement header = browser.waitFor(By.xpath("//ul[@role='tablist']//a[starts-with(normalize-space(.), '"
                + direction + ".')]"));
        header.click();
        browser.waitForAjax();
        return browser.waitFor(By.cssSelector(".ui-tabs-panel:not(.ui-helper-hidden)"));
    }
}
