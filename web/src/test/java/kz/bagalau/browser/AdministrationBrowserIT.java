package kz.bagalau.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import kz.bagalau.testsupport.Browser;
import kz.bagalau.testsupport.Sql;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Issue 11 end to end in Chromium: the platform administrator creates a region with its colour, logo and default
 * language; the region's first administrator chooses a password and imports the region's bodies and users; a
 * body's user of the new region logs in and works in its name, branding and language.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrationBrowserIT {

    private static final String COLOUR = "#7b2d26";

    @ArquillianResource
    URL url;

    @Test
    @DisplayName("issue 11: a new region, branded and in Russian by default, is set up by its own administrator and used by its bodies")
    void should_let_a_new_region_be_created_administered_and_used() throws Exception {
        String code = "ulytau-" + Long.toString(ThreadLocalRandom.current().nextLong(100_000, 999_999), 36);
        Path files = Files.createTempDirectory("bagalau-admin");
        try (Browser browser = new Browser(url)) {
            browser.logIn("admin", "demo");
            String[] admin = createRegion(browser, code, files);
            browser.logOut();

            browser.logIn(admin[0], admin[1]);
            choosePassword(browser, admin[1], "Жаңа облыс әкімшісі 1");
            importBodies(browser, files);
            String[] bodyUser = importUsers(browser, code, files);
            browser.logOut();

            browser.logIn(bodyUser[0], bodyUser[1]);
            choosePassword(browser, bodyUser[1], "Білім басқармасы 2027");
            browser.open("/app/home.xhtml");
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                    .as("the region's default language").isEqualTo("ru");
            assertThat(browser.text(By.id("headerForm:tenantName"))).contains("Новая Улытауская область");
            assertThat(browser.driver().findElement(By.cssSelector("header.portal-header")).getAttribute("style"))
                    .contains("border-top");
            String logo = browser.driver().findElement(By.id("headerForm:tenantLogo")).getAttribute("src");
            assertThat(logo).endsWith("/brand/" + code + "/logo");
            Object width = ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.getElementById('headerForm:tenantLogo').naturalWidth;");
            assertThat(((Number) width).intValue()).as("the logo loads").isEqualTo(48);
            browser.open("/app/bodies.xhtml");
            assertThat(browser.page()).contains("Управление образования");
        } finally {
            Sql.removeTenant(code);
        }
    }

    /** The platform administrator's part: the region with its settings, then its logo. Returns the admin's login. */
    private static String[] createRegion(Browser browser, String code, Path files) throws IOException {
        browser.open("/app/regions.xhtml");
        browser.waitFor(By.id("newRegion")).click();
        browser.waitFor(By.id("tenantForm:code")).sendKeys(code);
        type(browser, "tenantForm:nameKk", "Жаңа Ұлытау облысы");
        type(browser, "tenantForm:nameRu", "Новая Улытауская область");
        type(browser, "tenantForm:nameEn", "New Ulytau Region");
        type(browser, "tenantForm:centreKk", "Жезқазған");
        type(browser, "tenantForm:centreRu", "Жезказган");
        type(browser, "tenantForm:centreEn", "Zhezkazgan");
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('tenantForm:locale_input').value = 'ru';");
        type(browser, "tenantForm:colour", COLOUR);
        type(browser, "tenantForm:adminName", "Сәуле Әлиева");
        browser.driver().findElement(By.id("tenantForm:create")).click();
        String username = browser.text(By.id("adminUsername"));
        String password = browser.text(By.id("adminPassword"));
        assertThat(username).isEqualTo(code + ".admin");

        Path logo = files.resolve("logo.png");
        BufferedImage image = new BufferedImage(48, 48, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(Color.decode(COLOUR));
        g.fillRect(0, 0, 48, 48);
        g.dispose();
        ImageIO.write(image, "png", logo.toFile());
        browser.driver().findElement(By.id("logoForm:logo_input")).sendKeys(logo.toString());
        browser.driver().findElement(By.id("logoForm:uploadLogo")).click();
        browser.waitFor(By.cssSelector("img.brand-logo-preview"));
        return new String[] {username, password};
    }

    /** After a temporary password, every page leads to choosing one's own. */
    private static void choosePassword(Browser browser, String temporary, String chosen) {
        browser.open("/app/home.xhtml");
        browser.until(d -> d.getCurrentUrl().contains("/app/password.xhtml"));
        browser.waitFor(By.id("passwordForm:current")).sendKeys(temporary);
        browser.driver().findElement(By.id("passwordForm:chosen")).sendKeys(chosen);
        browser.driver().findElement(By.id("passwordForm:repeated")).sendKeys(chosen);
        browser.driver().findElement(By.id("passwordForm:change")).click();
        browser.until(d -> d.getCurrentUrl().contains("/app/home.xhtml"));
    }

    private static void importBodies(Browser browser, Path files) throws IOException {
        Path csv = files.resolve("bodies.csv");
        Files.writeString(csv, "code,name_kk,name_ru,name_en,type,evaluator_function\n"
                + "EDU,Білім басқармасы,Управление образования,Education Department,REGIONAL_DEPARTMENT,NONE\n",
                StandardCharsets.UTF_8);
        browser.open("/app/bodies-import.xhtml");
        browser.waitFor(By.id("importForm:upload"));
        browser.driver().findElement(By.id("importForm:file_input")).sendKeys(csv.toString());
        browser.driver().findElement(By.id("importForm:upload")).click();
        assertThat(browser.text(By.id("created"))).isEqualTo("1");
    }

    /** Imports a planner and the body's user; returns the body user's login and temporary password. */
    private static String[] importUsers(Browser browser, String code, Path files) throws IOException {
        Path csv = files.resolve("users.csv");
        Files.writeString(csv, "username,display_name,roles,body_code,email,locale\n"
                + "planner,Жоспар Маманы,PLANNING_BODY,,,kk\n"
                + "edu,Білім Басқармасы Қызметкері,EVALUATED_BODY,EDU,,\n", StandardCharsets.UTF_8);
        browser.open("/app/users.xhtml");
        browser.waitFor(By.id("importForm:upload"));
        browser.driver().findElement(By.id("importForm:file_input")).sendKeys(csv.toString());
        browser.driver().findElement(By.id("importForm:upload")).click();
        browser.waitFor(By.id("issuedForm:passwords"));
        String rows = browser.text(By.id("issuedForm:passwords"));
        assertThat(rows).contains(code + ".planner").contains(code + ".edu");
        String password = browser.driver().findElement(By.xpath("//tr[td/code[text()='" + code + ".edu']]"
                + "//code[contains(@class,'temporary-password')]")).getText();
        return new String[] {code + ".edu", password};
    }

    private static void type(Browser browser, String id, String text) {
        browser.driver().findElement(By.id(id)).sendKeys(text);
    }

    static {
        System.setProperty("java.awt.headless", "true");
    }
}
