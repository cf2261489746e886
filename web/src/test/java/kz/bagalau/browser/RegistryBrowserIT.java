package kz.bagalau.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.UUID;
import kz.bagalau.testsupport.Browser;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The portal in headless Chromium: two roles of two regions log in, see their own region's bodies only, in
 * Kazakh, Russian and English; the language choice is remembered per user; the region's administrator
 * registers a body through the dialog and gets validation messages in their language; a date past the
 * month's end and a name with a control character are refused with a message, never changed or stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistryBrowserIT {

    @ArquillianResource
    URL url;

    @Test
    void should_show_the_akim_apparatus_of_karaganda_its_own_bodies_in_kazakh_and_russian() {
        try (Browser browser = new Browser(url)) {
            browser.logIn("karaganda.apparatus", "demo");
            assertThat(browser.text(By.id("headerForm:tenantName"))).contains("Қарағанды облысы");
            assertThat(browser.text(By.id("userRole"))).isEqualTo("Әкім аппараты");

            browser.open("/app/bodies.xhtml");
            browser.waitFor(By.id("bodiesForm:bodies"));
            assertThat(browser.page()).contains("TEMIRTAU", "Теміртау қаласының әкімдігі")
                    .doesNotContain("AYAGOZ", "Аягөз");

            browser.switchLanguage("ru");
            assertThat(browser.text(By.id("headerForm:tenantName"))).contains("Карагандинская область");
            assertThat(browser.page()).contains("Акимат города Темиртау", "Реестр исполнительных органов")
                    .doesNotContain("Аягоз");
        }
    }

    @Test
    void should_show_an_evaluated_body_of_abai_its_own_region_in_english_and_remember_the_choice() {
        try (Browser browser = new Browser(url)) {
            browser.logIn("abai.body2", "demo");
            browser.switchLanguage("en");
            assertThat(browser.text(By.id("headerForm:tenantName"))).contains("Abai Region");
            assertThat(browser.text(By.id("ownBody"))).contains("Department of Finance");

            browser.open("/app/bodies.xhtml");
            browser.waitFor(By.id("bodiesForm:bodies"));
            assertThat(browser.page()).contains("Akimat of Ayagoz District", "Registry of executive bodies")
                    .doesNotContain("Temirtau");
            assertThat(browser.driver().findElements(By.id("bodiesForm:newBody"))).isEmpty();

            browser.logOut();
            browser.logIn("abai.body2", "demo");
            assertThat(browser.text(By.id("headerForm:tenantName"))).contains("Abai Region");
            browser.switchLanguage("kk");
        }
    }

    @Test
    void should_let_the_regions_administrator_register_a_body_with_messages_in_kazakh() {
        String code = "B" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        try (Browser browser = new Browser(url)) {
            browser.logIn("turkistan.admin", "demo");
            browser.open("/app/bodies.xhtml");
            browser.waitFor(By.id("bodiesForm:newBody")).click();
            browser.waitFor(By.id("bodyDialogForm:code"));

            browser.driver().findElement(By.id("bodyDialogForm:save")).click();
            browser.until(ExpectedConditions
                    .textToBePresentInElementLocated(By.id("bodyDialogForm:dialogMessages"), "мән міндетті"));

            browser.driver().findElement(By.id("bodyDialogForm:code")).sendKeys(code);
            browser.driver().findElement(By.id("bodyDialogForm:nameKk")).sendKeys("Туризм басқармасы");
            browser.driver().findElement(By.id("bodyDialogForm:nameRu")).sendKeys("Управление туризма");
            browser.driver().findElement(By.id("bodyDialogForm:nameEn")).sendKeys("Department of Tourism");
            browser.driver().findElement(By.id("bodyDialogForm:save")).click();
            browser.until(ExpectedConditions
                    .textToBePresentInElementLocated(By.id("bodiesForm:bodies"), code));

            assertThat(browser.page()).contains("Туризм басқармасы");
        }
    }

    @Test
    void should_refuse_a_day_past_the_months_end_instead_of_saving_the_last_day() {
        try (Browser browser = new Browser(url)) {
            browser.logIn("turkistan.admin", "demo");
            browser.open("/app/bodies.xhtml");
            String before = browser.text(By.id("bodiesForm:bodies"));
            browser.clickAndWait(browser.waitFor(By.id("bodiesForm:bodies:0:status")));
            WebElement date = browser.waitFor(By.id("statusDialogForm:statusDate_input"));
            browser.until(ExpectedConditions.visibilityOf(date));
            date.clear();
            date.sendKeys("2027-02-30");
            browser.clickAndWait(browser.driver().findElement(By.id("statusDialogForm:saveStatus")));

            assertThat(browser.text(By.id("statusDialogForm:statusMessages"))).contains("2027-02-30");
            browser.open("/app/bodies.xhtml");
            assertThat(browser.text(By.id("bodiesForm:bodies"))).isEqualTo(before).doesNotContain("2027-02-28");
        }
    }

    @Test
    void should_refuse_a_name_with_a_nul_character_with_a_message_naming_the_field() {
        try (Browser browser = new Browser(url)) {
            browser.logIn("turkistan.admin", "demo");
            browser.open("/app/bodies.xhtml");
            browser.clickAndWait(browser.waitFor(By.id("bodiesForm:newBody")));
            browser.waitFor(By.id("bodyDialogForm:code")).sendKeys("NUL1");
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('bodyDialogForm:nameKk').value = 'Туризм\\u0000басқармасы';");
            browser.driver().findElement(By.id("bodyDialogForm:nameRu")).sendKeys("Управление туризма");
            browser.driver().findElement(By.id("bodyDialogForm:nameEn")).sendKeys("Department of Tourism");
            browser.clickAndWait(browser.driver().findElement(By.id("bodyDialogForm:save")));

            assertThat(browser.text(By.id("bodyDialogForm:dialogMessages"))).contains("NUL");
            browser.open("/app/bodies.xhtml");
            assertThat(browser.text(By.id("bodiesForm:bodies"))).doesNotContain("NUL1");
        }
    }
}
