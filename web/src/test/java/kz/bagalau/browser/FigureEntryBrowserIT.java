package kz.bagalau.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import kz.bagalau.testsupport.Browser;
import kz.bagalau.testsupport.TestData;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The numbers issue's table replayed on the reporting page in headless Chromium, in Kazakh: a figure typed
 * with a decimal comma or a decimal point is stored as meant; an exponent, NaN, too many digits, too many
 * decimals or a percentage outside 0-100 is refused with a message naming the indicator and what was typed;
 * and with any figure refused, nothing of the form is written.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FigureEntryBrowserIT {

    private static final String REGION = "north-kazakhstan";
    private static final String PERCENT = "1.01";
    private static final String OTHER = "1.03";

    @ArquillianResource
    URL url;

    @Test
    @DisplayName("¶41: 12,5 and 12.5 are both stored as 12.5 and shown back as typed in Kazakh")
    void should_store_a_decimal_comma_and_a_decimal_point_as_the_same_figure() {
        String[] body = TestData.newBodyWithUser(REGION);
        try (Browser browser = new Browser(url)) {
            browser.logIn(body[2], "demo");

            save(browser, PERCENT, "12,5");
            assertThat(shown(browser, PERCENT)).isEqualTo("12,5");
            save(browser, PERCENT, "12.5");
            assertThat(shown(browser, PERCENT)).isEqualTo("12,5");
            save(browser, PERCENT, "87");
            assertThat(shown(browser, PERCENT)).isEqualTo("87");
        }
    }

    @Test
    @DisplayName("¶4, ¶41: what cannot be a figure of the indicator is refused with a message and changes nothing")
    void should_refuse_each_figure_the_indicator_cannot_take_and_keep_the_stored_one() {
        String[] body = TestData.newBodyWithUser(REGION);
        try (Browser browser = new Browser(url)) {
            browser.logIn(body[2], "demo");
            save(browser, PERCENT, "40");

            for (String typed : new String[] {"1e309", "99999999999999999999999", "0,00001", "NaN", "-5", "150",
                "12.500", "abc"}) {
                String messages = save(browser, PERCENT, typed);

                assertThat(messages).as(typed).contains(PERCENT).doesNotContain("сақталды");
                assertThat(shown(browser, PERCENT)).as("after " + typed).isEqualTo("40");
            }
        }
    }

    @Test
    @DisplayName("¶41: with one figure refused, the other figures of the form are not written either")
    void should_write_nothing_of_a_form_with_a_refused_figure() {
        String[] body = TestData.newBodyWithUser(REGION);
        try (Browser browser = new Browser(url)) {
            browser.logIn(body[2], "demo");
            openDirectionOne(browser);
            field(browser, OTHER).sendKeys("4,2");
            WebElement percent = field(browser, PERCENT);
            percent.clear();
            percent.sendKeys("150");
            browser.clickAndWait(browser.driver().findElement(By.cssSelector(
                    ".ui-tabs-panel:not(.ui-helper-hidden) button[id$=':save']")));

            assertThat(browser.text(By.id("reportForm:messages"))).contains(PERCENT);
            assertThat(shown(browser, OTHER)).isEmpty();
            assertThat(shown(browser, PERCENT)).isEmpty();
        }
    }

    /** Types {@code typed} as the figure of {@code code}, saves direction 1 and returns the messages shown. */
    private static String save(Browser browser, String code, String typed) {
        openDirectionOne(browser);
        WebElement input = field(browser, code);
        input.clear();
        input.sendKeys(typed);
        browser.clickAndWait(browser.driver().findElement(By.cssSelector(
                ".ui-tabs-panel:not(.ui-helper-hidden) button[id$=':save']")));
        return browser.driver().findElements(By.cssSelector("#reportForm\\:messages, #growl_container")).stream()
                .map(WebElement::getText).reduce("", (a, b) -> a + "\n" + b);
    }

    /** The stored figure of {@code code} as a freshly opened page shows it. */
    private static String shown(Browser browser, String code) {
        openDirectionOne(browser);
        return field(browser, code).getAttribute("value");
    }

    private static void openDirectionOne(Browser browser) {
        browser.open("/app/reporting.xhtml?year=2026");
        browser.waitFor(By.xpath("//ul[@role='tablist']//a[starts-with(normalize-space(.), '1.')]")).click();
        browser.waitForAjax();
    }

    private static WebElement field(Browser browser, String code) {
        return browser.waitFor(By.xpath("//div[contains(@class,'ui-tabs-panel') and not(contains(@class,"
                + "'ui-helper-hidden'))]//tr[.//strong[normalize-space(.)='" + code + "']]"
                + "//input[contains(@id,':actual')]"));
    }
}
