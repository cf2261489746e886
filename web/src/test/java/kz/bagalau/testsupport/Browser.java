package kz.bagalau.testsupport;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (nothing is downloaded), with the flags this
 * machine needs: no sandbox as root, no background networking on a closed network, a fresh profile.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String base;
    private final Path profile;

    public Browser(URL deploymentUrl) {
        try {
            profile = Files.createTempDirectory("bagalau-chromium");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1400,1000", "--lang=kk",
                "--user-data-dir=" + profile);
        // The console is read when the browser closes: any Content-Security-Policy refusal fails the test.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory",
                profile.resolve("downloads").toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        String url = deploymentUrl.toString();
        base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * Waits up to 20 s for a finished download whose name ends with {@code suffix} and returns its bytes: the
     * browser saves files into its own profile, so a test reads what a user would have received.
     */
    public byte[] awaitDownload(String suffix) {
        Path downloads = profile.resolve("downloads");
        Path file = new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            try (java.util.stream.Stream<Path> files = Files.exists(downloads) ? Files.list(downloads)
                    : java.util.stream.Stream.empty()) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public void logIn(String username, String password) {
        open("/login.xhtml");
        driver.findElement(By.id("loginForm:username")).sendKeys(username);
        driver.findElement(By.id("loginForm:password")).sendKeys(password);
        driver.findElement(By.id("loginForm:submit")).click();
        waitFor(By.id("userName"));
    }

    public void logOut() {
        driver.findElement(By.id("headerForm:logout")).click();
        waitFor(By.id("loginForm:username"));
    }

    /** Clicks the language link and waits for the page to come back in that language. */
    public void switchLanguage(String language) {
        driver.findElement(By.cssSelector("a[data-lang='" + language + "']")).click();
        until(d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }

    /**
     * Waits up to 20 s for a condition on a page that may be re-rendered while it is read: an element found
     * just before a navigation or an Ajax update goes stale, which means "not yet", not a failure.
     */
    public <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    /** Waits until PrimeFaces has no Ajax request queued or running. */
    public void waitForAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    /** Clicks and waits for the Ajax round trip the click starts. */
    public void clickAndWait(WebElement element) {
        element.click();
        waitForAjax();
    }

    /** Clicks the "yes" button of the open global confirmation dialog. */
    public void confirm() {
        WebElement yes = new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions
                .elementToBeClickable(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes, .ui-confirmdialog-yes")));
        clickAndWait(yes);
    }

    public WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public String text(By locator) {
        return until(d -> {
            WebElement element = d.findElement(locator);
            return element.isDisplayed() ? element.getText() : null;
        });
    }

    public String page() {
        return driver.getPageSource();
    }

    /**
     * WCAG 2.1 A and AA violations axe-core finds on the current page that it rates serious or critical, as
     * "rule: target (impact)" lines; empty when the page passes.
     */
    public java.util.List<String> accessibilityProblems() {
        com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
                .withTags(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        java.util.List<String> problems = new java.util.ArrayList<>();
        for (com.deque.html.axecore.results.Rule rule : results.getViolations()) {
            if (!"serious".equals(rule.getImpact()) && !"critical".equals(rule.getImpact())) {
                continue;
            }
            rule.getNodes().forEach(node -> problems.add(rule.getId() + ": " + node.getTarget() + " ("
                    + rule.getImpact() + ") " + node.getFailureSummary()));
        }
        return problems;
    }

    /** What the browser refused under the portal's Content-Security-Policy since the last call. */
    public java.util.List<String> policyRefusals() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
    }

    /** Closes the browser; fails when any page it showed had a script or style refused by the policy. */
    @Override
    public void close() {
        java.util.List<String> refused;
        try {
            refused = policyRefusals();
        } catch (RuntimeException unreadable) {
            refused = java.util.List.of();
        }
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException ignored) {
            // a leftover temporary profile is harmless
        }
        if (!refused.isEmpty()) {
            throw new AssertionError("The browser refused content under the Content-Security-Policy:\n"
                    + String.join("\n", refused));
        }
    }
}
