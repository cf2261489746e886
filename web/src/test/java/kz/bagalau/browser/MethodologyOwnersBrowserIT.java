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
 * ¶16 in headless Chromium: the Prime Minister's Office drafts and approves the methodology of its own direction
 * (¶26), and the ministry agrees it, which brings it into force; each sees only the actions its function has.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MethodologyOwnersBrowserIT {

    @ArquillianResource
    URL url;

    @Test
    @DisplayName("¶16, ¶26: an owner drafts and approves its direction's methodology, and the ministry agrees it")
    void should_let_an_owner_approve_and_the_ministry_agree() {
        try (Browser browser = new Browser(url)) {
            browser.logIn("owner-pmoffice", "demo");
            browser.open("/app/methodologies.xhtml?year=2028");
            assertThat(browser.driver().findElements(By.cssSelector("[id='versionsForm:newDirection_input'] option")))
                    .as("only its own direction can be drafted").hasSize(1);
            assertThat(browser.driver().findElements(By.id("bandsForm"))).as("the bands are the ministry's").isEmpty();
            browser.clickAndWait(browser.waitFor(By.id("versionsForm:startDraft")));
            browser.clickAndWait(browser.waitFor(By.xpath("//*[@id='versionsForm:versions']//tbody//a")));

            browser.waitFor(By.id("approvalForm:reference")).sendKeys("Бұйрық № 7, 2027-12-01");
            browser.clickAndWait(browser.waitFor(By.id("approvalForm:approve")));
            assertThat(browser.waitFor(By.id("approvalForm:awaiting")).isDisplayed()).isTrue();
            assertThat(browser.text(By.id("approvalForm:approvals"))).contains("owner-pmoffice").contains("Бұйрық № 7");
            assertThat(browser.driver().findElements(By.id("approvalForm:agree"))).as("an owner does not agree").isEmpty();
            String methodologyPage = browser.driver().getCurrentUrl();
            browser.logOut();

            browser.logIn("ministry", "demo");
            browser.driver().get(methodologyPage);
            assertThat(browser.driver().findElements(By.id("approvalForm:approve"))).as("not the ministry's direction").isEmpty();
            browser.clickAndWait(browser.waitFor(By.id("approvalForm:agree")));

            assertThat(browser.waitFor(By.id("approvalForm:agreed")).getText()).contains("ministry");
            assertThat(browser.driver().findElements(By.id("approvalForm:agree"))).isEmpty();
            assertThat(browser.driver().findElements(By.id("treeForm:reweigh"))).as("in force: immutable").isEmpty();
        }
    }
}
