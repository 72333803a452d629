package org.attest.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.attest.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in headless Debian Chromium (driven by Selenium through /usr/bin/chromedriver)
 * against a real server over the pipeline-filled store. Skipped, with a message, only when
 * /usr/bin/chromium is absent. Screenshots go to {@code target/screenshots/}.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;
    private static Store store;
    private static AttestServer server;
    private static WebDriver driver;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "browser tests skipped: " + CHROMIUM
                + " is absent (apt-get install -y chromium chromium-driver)");
        assumeTrue(Files.isExecutable(CHROMEDRIVER), "browser tests skipped: " + CHROMEDRIVER
                + " is absent (apt-get install -y chromium-driver)");
        store = TestCorpus.fill(dir);
        server = AttestServer.create(store, TestCorpus::pipeline, ServerConfig.local(0)).start();
        base = "http://127.0.0.1:" + server.port();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")),
                "--window-size=1280,800");
        // an alert must stay open so that a test can see it was raised
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @BeforeEach
    void desktop() {
        driver.manage().window().setSize(new Dimension(1280, 800));
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private static void open(String hash) {
        driver.get(base + "/" + hash);
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    private static void waitForStatus(String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), text));
    }

    private static List<WebElement> rows() {
        return driver.findElements(By.cssSelector("#events tbody tr.event-row"));
    }

    private static void screenshot(String name) throws Exception {
        File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private static void assertNoPayloadRan() {
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(js("return typeof window." + TestCorpus.PWNED)).isEqualTo("undefined");
    }

    @Test
    void thePageShowsMarkersOnTheMapBarsOnTheTimelineAndTheTable() throws Exception {
        open("#/");
        waitForStatus("5 events");

        List<WebElement> markers = driver.findElements(By.cssSelector("#map path.event-marker"));
        assertThat(markers).hasSize(Integer.parseInt(driver.findElement(By.id("map")).getDomAttribute("data-places")));
        assertThat(markers.size()).isGreaterThanOrEqualTo(4);
        assertThat(markers).anySatisfy(m -> assertThat(m.getDomAttribute("data-count")).isEqualTo("2"));
        assertThat(driver.findElements(By.cssSelector("#map path.leaflet-interactive, #map svg path")).size())
                .as("country outlines drawn").isGreaterThan(markers.size() + 50);
        List<WebElement> bars = driver.findElements(By.cssSelector("#timeline .bar"));
        assertThat(bars).extracting(b -> b.getDomAttribute("data-key")).containsExactly("2023-02", "2023-03", "2023-05");
        assertThat(rows()).hasSize(5);
        screenshot("events-1280x800");
        assertNoPayloadRan();
    }

    @Test
    void filteringByTypeAndDateNarrowsEveryViewAndStaysInTheUrl() throws Exception {
        open("#/");
        waitForStatus("5 events");

        new Select(driver.findElement(By.id("f-type"))).selectByValue("arrest");
        driver.findElement(By.id("f-from")).sendKeys("2023-03");
        driver.findElement(By.id("f-to")).sendKeys("2023-03-31");
        driver.findElement(By.id("apply")).click();
        waitForStatus("1 event matching");

        assertThat(driver.getCurrentUrl()).contains("type=arrest").contains("from=2023-03").contains("to=2023-03-31");
        assertThat(rows()).hasSize(1);
        assertThat(rows().get(0).getText()).contains("Isfahan");
        assertThat(driver.findElements(By.cssSelector("#timeline .bar"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("#map path.event-marker"))).hasSize(1);

        driver.navigate().refresh();
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        waitForStatus("1 event matching");
        assertThat(new Select(driver.findElement(By.id("f-type"))).getFirstSelectedOption().getText()).isEqualTo("arrest");
        assertThat(driver.findElement(By.id("f-from")).getDomProperty("value")).isEqualTo("2023-03");
        screenshot("filtered-1280x800");
    }

    @Test
    void clickingABarFiltersToItsMonth() {
        open("#/");
        waitForStatus("5 events");

        driver.findElement(By.cssSelector("#timeline .bar[data-key='2023-02']")).click();
        waitForStatus("1 event matching");

        assertThat(driver.getCurrentUrl()).contains("from=2023-02").contains("to=2023-02");
        assertThat(rows()).allSatisfy(r -> assertThat(r.getText()).contains("killing"));
    }

    @Test
    void openingAnEventShowsItsEvidenceHighlightedInTheDocumentWithItsFields() throws Exception {
        open("#/?type=arrest&source=news.example.net");
        waitForStatus("1 event");

        rows().get(0).click();
        WebElement selected = waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#doc-text .hl-event.selected")));

        String evidence = String.join("", driver.findElements(By.cssSelector("#doc-text .hl-event.selected"))
                .stream().map(WebElement::getText).toList());
        assertThat(selected.isDisplayed()).isTrue();
        assertThat(evidence).startsWith("Security forces arrested 12 teachers in Isfahan");
        assertThat(driver.findElements(By.cssSelector("#doc-text .hl-place"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#doc-text .hl-qty"))).isNotEmpty();
        assertThat(driver.findElement(By.id("event-fields")).getText()).contains("arrest").contains("Isfahan")
                .contains("12 teachers");
        assertThat(driver.findElement(By.id("doc-title")).getText()).isEqualTo("Teachers rally in two cities");
        assertThat(driver.getCurrentUrl()).contains("#/event/");
        screenshot("event-1280x800");
    }

    @Test
    void theChecksViewShowsFiguresSideBySideAndLinksToTheSentence() throws Exception {
        open("#/checks");
        WebElement check = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#checks-list .check")));

        assertThat(check.getText()).contains("claimed_vs_listed");
        assertThat(check.findElements(By.cssSelector(".figures td"))).extracting(WebElement::getText)
                .containsExactly("40", "2");
        assertThat(driver.findElement(By.id("cross-checks")).getText()).contains("two publishers");
        screenshot("checks-1280x800");

        check.findElement(By.cssSelector("a.evidence-link")).click();
        WebElement target = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#doc-text .hl-target")));
        assertThat(target.getText()).isNotBlank();
        assertThat(String.join("", driver.findElements(By.cssSelector("#doc-text .hl-target")).stream()
                .map(WebElement::getText).toList())).contains("40 schools");
    }

    @Test
    void aHostileDocumentIsShownAsTextAndRunsNothing() throws Exception {
        open("#/?source=hostile.example.org");
        waitForStatus("2 events");
        assertThat(rows().get(0).getText()).contains("<script>");
        assertNoPayloadRan();

        rows().get(0).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#doc-text .hl-event.selected")));

        WebElement text = driver.findElement(By.id("doc-text"));
        assertThat(text.getText()).contains("<script>window.__attestPwned").contains("onerror=")
                .contains("href=\"javascript:");
        assertThat(text.findElements(By.cssSelector("script, img, a, iframe"))).isEmpty();
        assertThat(driver.findElement(By.id("doc-title")).getText()).startsWith("<img src=x onerror=");
        assertThat(driver.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
        assertThat(driver.findElement(By.id("event-fields")).findElements(By.cssSelector("img, script"))).isEmpty();
        assertNoPayloadRan();
        screenshot("hostile-1280x800");
    }

    @Test
    void onAPhoneTheViewsStackAndRowsOpenFromTheKeyboard() throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        open("#/");
        waitForStatus("5 events");
        WebElement map = driver.findElement(By.id("map"));
        assertThat(map.getRect().getWidth()).isLessThanOrEqualTo(390);
        assertThat(driver.findElement(By.id("timeline")).getRect().getY()).isGreaterThan(map.getRect().getY());
        screenshot("events-390x844");

        rows().get(0).sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#doc-text .hl-event.selected")));
        assertThat(driver.findElement(By.id("event-fields")).getText()).contains("killing");
        screenshot("event-390x844");
    }
}
