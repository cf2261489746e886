package kz.bagalau.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import kz.bagalau.testsupport.Browser;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The ministry's national pages in headless Chromium: the progress board of every region, the results with the
 * ranking and the heatmap, and the drill-down from a region to its bodies and a body's "why this score".
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NationalBrowserIT {

    @ArquillianResource
    URL url;

    @Test
    @DisplayName("¶11, ¶53: the ministry reads the board and the heatmap and drills down to a body’s “why this score”")
    void should_let_the_ministry_read_the_board_and_drill_down_to_a_body() {
        try (Browser browser = new Browser(url)) {
            browser.logIn("ministry", "demo");
            browser.open("/app/board.xhtml?year=2026");
            assertThat(browser.text(By.id("board"))).contains("Қарағанды облысы").contains("Ұлытау облысы");
            assertThat(browser.driver().findElements(By.cssSelector("#board tbody tr"))).hasSize(20);

            browser.open("/app/national.xhtml?year=2025");
            assertThat(browser.text(By.id("heatmap"))).contains("Қарағанды облысы");
            browser.clickAndWait(browser.waitFor(By.xpath("(//tr[@id='heat-karaganda']//a)[1]")));

            browser.waitFor(By.id("results"));
            assertThat(browser.page()).contains("Қарағанды облысы");
            browser.clickAndWait(browser.waitFor(By.xpath("//*[@id='results']//tbody//a")));
            assertThat(browser.waitFor(By.id("total")).getText()).isNotBlank();
        }
    }

    @Test
    @DisplayName("¶53: the ministry writes its text, generates the 15 August summary and downloads it as PDF")
    void should_let_the_ministry_generate_and_download_the_summary() throws Exception {
        String intro = "Браузерден жасалған жиынтық: өңірлер уақытында есеп берді.";
        try (Browser browser = new Browser(url)) {
            browser.logIn("ministry", "demo");
            browser.open("/app/summary.xhtml?year=2026");
            browser.waitFor(By.id("summaryForm:intro")).sendKeys(intro);
            browser.clickAndWait(browser.waitFor(By.id("summaryForm:generate")));
            browser.waitFor(By.xpath("//*[@id='versions']//tbody//tr"));

            browser.driver().findElement(By.xpath("(//*[@id='versions']//tbody//a[normalize-space()='PDF'])[1]")).click();
            byte[] pdf = browser.awaitDownload(".pdf");

            try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertThat(text).contains("Браузерден жасалған жиынтық")
                        .containsAnyOf("Қарағанды облысы", "Карагандинская область", "Karaganda");
            }
        }
    }
}
