package uk.caredecisions.service.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.remote.http.ClientConfig;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver (never one Selenium Manager would
 * download), pointed at the service on its random port. Every page it is asked to {@link #check}
 * gets a screenshot under {@code service/target/screenshots/}, axe-core's accessibility rules
 * (no serious or critical violation) and a look at the browser's console (nothing blocked by the
 * content security policy, no script error).
 */
final class Browser implements AutoCloseable {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChromeDriver driver;
    private final String base;
    private final Path screenshots;
    private final String journey;
    private int shot;

    /** Skips the calling test, saying why, when this machine has no chromedriver (.ci/run installs one). */
    static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER),
                "No " + CHROMEDRIVER + ": the browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
    }

    Browser(int port, String journey) {
        assumeInstalled();
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        if (Files.isExecutable(CHROMIUM)) {
            options.setBinary(CHROMIUM.toFile());
        }
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1024", "--lang=en-GB");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // Chromedriver gives up on a page first (60 s), so a hung navigation fails with its own words
        // rather than with the HTTP client's bare timeout (180 s by default).
        options.setPageLoadTimeout(Duration.ofSeconds(60));
        this.driver = new ChromeDriver(service, options, ClientConfig.defaultConfig().readTimeout(Duration.ofSeconds(90)));
        this.base = "http://localhost:" + port;
        this.journey = journey;
        this.screenshots = Path.of(System.getProperty("repo.root", "..")).resolve("service/target/screenshots");
    }

    void open(String path) {
        driver.get(base + path);
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    String heading() {
        return find(By.tagName("h1")).getText();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    void type(String id, String text) {
        WebElement input = find(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Clicks and waits for the next page: the old page's body goes stale once the browser has navigated. */
    void submit(By by) {
        WebElement body = driver.findElement(By.tagName("body"));
        try {
            find(by).click();
            new WebDriverWait(driver, Duration.ofSeconds(120)).until(ExpectedConditions.stalenessOf(body));
        } catch (org.openqa.selenium.TimeoutException e) {
            printServiceThreads(by);
            throw e;
        }
        find(By.tagName("h1"));
    }

    /**
     * The service runs in this JVM: when a page does not come, what its request threads were doing
     * tells a service that hangs from a browser that does (stacks only, no request data).
     */
    private static void printServiceThreads(By by) {
        StringBuilder out = new StringBuilder("No next page after clicking " + by + "; the service's request threads:\n");
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            boolean idle = stack.length == 0 || stack[0].getClassName().startsWith("sun.nio.ch")
                    || java.util.Arrays.stream(stack).anyMatch(f -> f.getClassName().endsWith("TaskQueue"));
            if (thread.getName().startsWith("http-nio") && !idle) {
                out.append(thread.getName()).append('\n');
                for (StackTraceElement frame : stack) {
                    out.append("    at ").append(frame).append('\n');
                }
            }
        });
        System.err.print(out);
    }

    void clickLink(String text) {
        submit(By.linkText(text));
    }

    /** A file chosen in a file input, as a person picks it: the workbook is written under target/ first. */
    void choose(String inputId, String fileName, byte[] content) {
        try {
            Path folder = Files.createDirectories(screenshots.getParent().resolve("browser-uploads").resolve(journey + "-" + (++shot)));
            Path file = folder.resolve(fileName);
            Files.write(file, content);
            find(By.id(inputId)).sendKeys(file.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lets the page's downloads land in {@code folder}: headless Chromium saves nothing unless told where. */
    void downloadInto(Path folder) {
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", folder.toAbsolutePath().toString()));
    }

    /** Picks the option with this value in a select box. */
    void select(String id, String value) {
        new org.openqa.selenium.support.ui.Select(find(By.id(id))).selectByValue(value);
    }

    /** Waits (up to 30 s) until {@code condition} holds, such as a downloaded file being complete. */
    void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> condition.getAsBoolean() ? Boolean.TRUE : null);
    }

    /** A screenshot of the page, then axe-core on it and the browser console: fails on a serious or critical violation or a console error. */
    void check(String page) {
        screenshot(page);
        assertThat(seriousViolations()).as("axe-core on %s (%s)", page, path()).isEmpty();
        assertThat(consoleErrors()).as("browser console on %s (%s)", page, path()).isEmpty();
    }

    /** The whole page, not just the window, through Chromium's DevTools. */
    void screenshot(String page) {
        try {
            Files.createDirectories(screenshots);
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
            Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", ((Number) size.get("width")).doubleValue(),
                    "height", ((Number) size.get("height")).doubleValue(), "scale", 1);
            Map<String, Object> shotData = driver.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
            byte[] png = Base64.getDecoder().decode((String) shotData.get("data"));
            Files.write(screenshots.resolve(String.format("%s-%02d-%s.png", journey, ++shot, page)), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** axe-core's serious and critical violations, one line each: rule, what it asks, where. */
    List<String> seriousViolations() {
        JavascriptExecutor js = driver;
        js.executeScript(axeSource());
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document)
                   .then(r => done(JSON.stringify({passes: r.passes.length, violations: r.violations})))
                   .catch(e => done(JSON.stringify({passes: 0, violations: [{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]})));
                """);
        List<String> out = new ArrayList<>();
        try {
            JsonNode report = JSON.readTree(String.valueOf(result));
            // A run that checked nothing would pass vacuously: axe must have passed some of its rules on the page.
            assertThat(report.path("passes").asInt()).as("axe-core rules passed on %s", path()).isPositive();
            for (JsonNode v : report.path("violations")) {
                String impact = v.path("impact").asText();
                if (impact.equals("serious") || impact.equals("critical")) {
                    List<String> where = new ArrayList<>();
                    v.path("nodes").forEach(n -> where.add(n.path("target").toString()));
                    out.add(impact + " " + v.path("id").asText() + ": " + v.path("help").asText() + " at " + where);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    List<String> consoleErrors() {
        List<String> out = new ArrayList<>();
        // The page's own status (a 403 page is meant to be one) is logged as a failed load of the page itself.
        String self = driver.getCurrentUrl() + " - Failed to load resource";
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !entry.getMessage().startsWith(self)) {
                out.add(entry.getMessage());
            }
        }
        return out;
    }

    // Keyboard only: keys go to whatever has focus, as a person's would; nothing is clicked.

    /** Presses keys on the element that has focus. */
    void press(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    }

    /** Presses a key that sends a form or follows a link, and waits for the next page. */
    void pressForNextPage(CharSequence key) {
        WebElement body = driver.findElement(By.tagName("body"));
        press(key);
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(ExpectedConditions.stalenessOf(body));
        find(By.tagName("h1"));
    }

    /** Replaces the text of the focused box as a person would: select all, then type. */
    void retype(String text) {
        new org.openqa.selenium.interactions.Actions(driver).keyDown(org.openqa.selenium.Keys.CONTROL).sendKeys("a")
                .keyUp(org.openqa.selenium.Keys.CONTROL).sendKeys(text).perform();
    }

    String focusedId() {
        return focused().getAttribute("id");
    }

    /**
     * Presses Tab (or Shift+Tab) until the focused element is the one wanted, failing if that takes
     * more than {@code most} presses or if any element reached shows no focus indicator.
     */
    WebElement tabTo(java.util.function.Predicate<WebElement> wanted, String what, boolean backwards, int most) {
        for (int i = 0; i < most; i++) {
            var keys = new org.openqa.selenium.interactions.Actions(driver);
            if (backwards) {
                keys.keyDown(org.openqa.selenium.Keys.SHIFT).sendKeys(org.openqa.selenium.Keys.TAB).keyUp(org.openqa.selenium.Keys.SHIFT).perform();
            } else {
                keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
            }
            WebElement now = focused();
            assertThat(focusIndicator()).as("a visible focus indicator on %s on %s", describe(now), path()).isNotEmpty();
            if (wanted.test(now)) {
                return now;
            }
        }
        throw new AssertionError("Not reached with " + most + " presses of " + (backwards ? "Shift+Tab" : "Tab") + ": " + what + " on " + path());
    }

    WebElement tabTo(String id) {
        return tabTo(e -> id.equals(e.getAttribute("id")), "#" + id, false, 200);
    }

    WebElement tabToLink(String text) {
        return tabTo(e -> "a".equals(e.getTagName()) && text.equals(e.getText().trim()), "the link " + text, false, 400);
    }

    /**
     * What shows where focus is, as GOV.UK Frontend draws it: its focus colour (#ffdd00) in the
     * outline, shadow or background of the focused element, or of the circle or box of a focused
     * radio or checkbox; empty when nothing shows.
     */
    String focusIndicator() {
        Object shown = driver.executeScript("""
                const el = document.activeElement;
                if (!el || el === document.body) return '';
                const yellow = 'rgb(255, 221, 0)';
                const visible = s => (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && s.outlineColor === yellow)
                    || (s.boxShadow || '').includes(yellow) || s.backgroundColor === yellow;
                if (visible(getComputedStyle(el))) return 'the element itself';
                if (el.type === 'radio' || el.type === 'checkbox') {
                    const label = document.querySelector('label[for="' + el.id + '"]');
                    if (label && visible(getComputedStyle(label, '::before'))) return 'its ' + el.type + "'s circle or box";
                }
                return '';
                """);
        return String.valueOf(shown);
    }

    private static String describe(WebElement e) {
        String id = e.getAttribute("id");
        return "<" + e.getTagName() + (id == null || id.isEmpty() ? "" : " id=" + id) + "> " + e.getText().trim().replaceAll("\\s+", " ");
    }

    private static String axe;

    private static synchronized String axeSource() {
        if (axe == null) {
            // Deque's Selenium jar ships axe-core's own axe.min.js (org.webjars.npm:axe-core does not resolve here).
            try (InputStream in = Browser.class.getClassLoader().getResourceAsStream("axe.min.js")) {
                assertThat(in).as("axe.min.js on the test class path").isNotNull();
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axe;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
