package org.complaintsuite.e2e.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.fail;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) at 1366×768, with a profile of its
 * own. A machine without them fails the test, saying what to install: the browser tests are never skipped.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("e2e.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver"));
    static final Duration WAIT = Duration.ofSeconds(15);

    private final ChromeDriver driver;
    private final Path profile;
    private final Path screenshots;
    private final String baseUrl;

    private Browser(ChromeDriver driver, Path profile, Path screenshots, String baseUrl) {
        this.driver = driver;
        this.profile = profile;
        this.screenshots = screenshots;
        this.baseUrl = baseUrl;
    }

    static Browser start(String baseUrl) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The browser tests need Debian's Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": install them with 'apt-get install -y chromium chromium-driver' (.ci/run does), "
                    + "or point -De2e.chromium / -De2e.chromedriver at them.");
        }
        Path profile = Files.createTempDirectory("console-browser-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--no-default-browser-check", "--window-size=1366,768", "--lang=zh-CN",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 768));
        Path screenshots = Path.of(System.getProperty("e2e.screenshots", "target/screenshots"));
        Files.createDirectories(screenshots);
        return new Browser(driver, profile, screenshots, baseUrl);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    /** Signs in through the login form, as a person would, after signing out whoever was signed in. */
    void signIn(String user, String password) {
        driver.manage().deleteAllCookies();
        open("/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
    }

    WebDriverWait waitFor() {
        return new WebDriverWait(driver, WAIT);
    }

    WebDriverWait waitFor(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    /** What the 1366×768 window shows now, saved under target/screenshots. */
    Path screenshot(String name) {
        try {
            Path file = screenshots.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * The whole page, as tall as it is, at 1366 wide (Chromium's own capture beyond the window), saved under
     * target/screenshots: what the docs show.
     */
    Path fullPageScreenshot(String name) {
        try {
            Number height = (Number) driver.executeScript(
                    "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight);");
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", 1366,
                            "height", Math.min(height.intValue(), 4000), "scale", 1)));
            Path file = screenshots.resolve(name + "-full.png");
            Files.write(file, java.util.Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        }
        finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
