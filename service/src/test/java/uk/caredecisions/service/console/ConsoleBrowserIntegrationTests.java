package uk.caredecisions.service.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.caredecisions.service.rulesets.LifecycleIntegrationTest;

/**
 * The console in a real browser (headless Chromium), against the whole service on its random port:
 * a practice lead's change from a broken upload to the API deciding under the new version, and a
 * case system's user refused. axe-core runs on every page visited; screenshots go to
 * {@code service/target/screenshots/}.
 */
@LifecycleIntegrationTest
@Tag("browser")
@Tag("slow")
class ConsoleBrowserIntegrationTests {

    private static final String SCENARIO = "adult-eligibility/fluctuation-too-short.yaml";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;
    @Autowired
    uk.caredecisions.service.rulesets.RuleSets ruleSets;

    @BeforeAll
    static void chromedriverIsInstalled() {
        Browser.assumeInstalled();
    }

    @Test
    void aPracticeLeadFixesABadCellSeesTheImpactStagesAndActivatesAndTheApiDecidesUnderTheNewVersion() throws Exception {
        // Far enough ahead that no other test sharing this service decides on a date the new version covers.
        LocalDate effective = LocalDate.now(clock).plusYears(25);
        String version = "console-" + UUID.randomUUID().toString().substring(0, 8);
        // The live version's own workbook: other tests sharing this service may have activated versions worded differently.
        var live = ruleSets.inForceOn(LocalDate.now(clock));
        String liveVersion = live.version();
        byte[] adult = live.source().workbooks().get("adult-eligibility.drl.xlsx");

        try (Browser browser = new Browser(port, "practice-lead")) {
            browser.open("/console/changes/new");
            assertThat(browser.path()).isEqualTo("/sign-in");
            browser.check("sign-in");
            browser.type("username", "practice-lead");
            browser.type("password", "practice-lead-secret");
            browser.submit(By.id("sign-in"));
            // Back to the page asked for before signing in.
            assertThat(browser.heading()).isEqualTo("Propose a change");
            browser.check("propose-a-change");

            browser.submit(By.id("check"));
            assertThat(browser.text()).contains("Select at least one workbook");
            browser.check("propose-a-change-nothing-chosen");

            // A minimum period written in words: it does not compile, and the finding names its cell.
            browser.choose("workbooks", "adult-eligibility.drl.xlsx", withCell(adult, "Settings", "C9", "TWENTY_EIGHT"));
            browser.submit(By.id("check"));
            assertThat(browser.heading()).isEqualTo("Your proposed change");
            String errors = browser.find(By.cssSelector("table[data-findings=errors]")).getText();
            assertThat(errors).contains("adult-eligibility.drl.xlsx, sheet Settings", "Error Settings!C9", "compiles", "'TWENTY_EIGHT'");
            assertThat(browser.all(By.id("stage"))).isEmpty();
            browser.check("findings-bad-cell");

            // Fixed to 14 days: valid, and the scenario library shows the one case decided differently.
            browser.choose("workbooks", "adult-eligibility.drl.xlsx", withCell(adult, "Settings", "C9", 14));
            browser.submit(By.id("check"));
            assertThat(browser.all(By.cssSelector("table[data-findings=errors]"))).isEmpty();
            assertThat(browser.find(By.id("impact-summary")).getText()).isEqualTo("1 of 2 scenarios would be decided differently.");
            String impact = browser.find(By.cssSelector("[data-scenario='" + SCENARIO + "']")).getText();
            assertThat(impact).contains("Fluctuating needs considered over 20 days", "its expectation now fails", "FLUCTUATION_PERIOD_TOO_SHORT",
                    "Now, under " + liveVersion + ": ELIGIBLE", "With this change: ELIGIBLE");
            browser.check("impact");

            // Staging without saying the new decision is intended, and with no name, is refused, naming both.
            browser.submit(By.id("stage"));
            String summary = browser.find(By.cssSelector(".govuk-error-summary")).getText();
            assertThat(summary).contains("Enter a version name", "Enter the date it decides from",
                    "Tick ‘Fluctuating needs considered over 20 days fall short of the local 28-day minimum’");
            browser.check("stage-errors");

            browser.find(By.id("scenario-adult-eligibility-fluctuation-too-short-yaml")).click();
            browser.type("version", version);
            browser.type("effective-day", String.valueOf(effective.getDayOfMonth()));
            browser.type("effective-month", String.valueOf(effective.getMonthValue()));
            browser.type("effective-year", String.valueOf(effective.getYear()));
            browser.submit(By.id("stage"));
            assertThat(browser.heading()).isEqualTo(version);
            assertThat(browser.find(By.id("staged-message")).getText()).contains("is staged");
            assertThat(browser.find(By.id("status")).getText()).isEqualTo("STAGED");
            assertThat(browser.find(By.id("staged-by")).getText()).startsWith("practice-lead,");
            assertThat(browser.find(By.id("activated-by")).getText()).isEqualTo("Not yet activated");
            browser.check("staged");

            // Staged: nothing decides under it yet.
            assertThat(decide(effective, 20).path("ruleSet").path("version").asText()).isNotEqualTo(version);

            browser.submit(By.id("activate"));
            assertThat(browser.find(By.id("activated-message")).getText()).contains("is activated");
            assertThat(browser.find(By.id("status")).getText()).isEqualTo("SCHEDULED");
            assertThat(browser.find(By.id("activated-by")).getText()).startsWith("practice-lead,");
            browser.check("activated");

            browser.find(By.id("from")).sendKeys(liveVersion);
            browser.submit(By.id("compare"));
            assertThat(browser.text()).contains("AdultSettings", "Settings!C9", "'28' -> '14'");
            browser.check("diff");

            browser.clickLink("Rule sets");
            assertThat(browser.find(By.cssSelector("tr[data-version='" + version + "']")).getText()).contains("SCHEDULED");
            browser.check("rule-sets");
            browser.type("on-day", String.valueOf(effective.getDayOfMonth()));
            browser.type("on-month", String.valueOf(effective.getMonthValue()));
            browser.type("on-year", String.valueOf(effective.getYear()));
            browser.submit(By.cssSelector("form[action='/console/rulesets'] button"));
            assertThat(browser.find(By.id("live-on-date")).getText()).contains(version);
            browser.check("live-on-a-date");

            browser.clickLink(version);
            browser.clickLink("AdultSettings");
            assertThat(browser.text()).contains("Settings!C9", "14");
            browser.check("table");
        }

        // The API, on each side of the new version's first day: 20 days meets its 14-day minimum, not the old 28.
        JsonNode after = decide(effective, 20);
        assertThat(after.path("ruleSet").path("version").asText()).isEqualTo(version);
        assertThat(after.path("warnings").findValuesAsText("code")).doesNotContain("FLUCTUATION_PERIOD_TOO_SHORT");
        JsonNode before = decide(effective.minusDays(1), 20);
        assertThat(before.path("ruleSet").path("version").asText()).isNotEqualTo(version);
        assertThat(before.path("warnings").findValuesAsText("code")).contains("FLUCTUATION_PERIOD_TOO_SHORT");
    }

    @Test
    void aTrainerFindsAScenarioAsksWhatTheGroupWouldDecideAndRevealsTheDecision() {
        try (Browser browser = new Browser(port, "trainer")) {
            browser.open("/console");
            browser.type("username", "trainer");
            browser.type("password", "trainer-secret");
            browser.submit(By.id("sign-in"));
            browser.check("home");

            browser.clickLink("Scenario library");
            browser.check("scenario-library");
            browser.type("q", "20 days");
            browser.submit(By.id("search"));
            assertThat(browser.find(By.id("count")).getText()).isEqualTo("1 of 2 scenarios");
            browser.check("scenario-search");

            browser.clickLink("Fluctuating needs considered over 20 days fall short of the local 28-day minimum");
            assertThat(browser.find(By.id("narrative")).getText()).contains("Mr F's needs vary week to week");
            assertThat(browser.find(By.id("facts")).getText()).contains("Fluctuation period considered days 20", "Outcomes › Nutrition › Unable without assistance Yes", "As of 2026-11-22");
            assertThat(browser.text()).contains("What would you decide?").doesNotContain("ELIGIBLE");
            browser.check("scenario");

            browser.submit(By.id("reveal"));
            assertThat(browser.find(By.id("decision")).getText()).contains("ELIGIBLE", ruleSets.inForceOn(LocalDate.now(clock)).version());
            assertThat(browser.find(By.id("expectation")).getText()).isEqualTo("As the scenario expects");
            assertThat(browser.find(By.id("reasons")).getText()).contains("Condition 1 is met", "reg 2(1)(a)", "adult-eligibility.drl.xlsx!Wording!A9");
            assertThat(browser.find(By.id("warnings")).getText()).contains("considered over 20 days", "adult-eligibility.drl.xlsx!Settings!A9");
            assertThat(browser.find(By.id("record")).getText()).startsWith("Record of eligibility determination");
            browser.check("scenario-revealed");
        }
    }

    @Test
    void aCaseSystemUserIsRefusedTheConsole() {
        try (Browser browser = new Browser(port, "case-system")) {
            browser.open("/console");
            browser.type("username", "case-system");
            browser.type("password", "case-system-secret");
            browser.submit(By.id("sign-in"));

            assertThat(browser.heading()).isEqualTo("You cannot use this page");
            assertThat(browser.text()).doesNotContain("Propose a change", "Rule sets\n");
            browser.check("refused");
        }
    }

    @Test
    void aWrongPasswordIsNamedInAnErrorSummary() {
        try (Browser browser = new Browser(port, "wrong-password")) {
            browser.open("/sign-in");
            browser.type("username", "trainer");
            browser.type("password", "not-the-password");
            browser.submit(By.id("sign-in"));

            assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText()).contains("Enter a correct user name and password");
            browser.check("sign-in-error");
            // As a person would: the summary's link takes the keyboard to the field.
            browser.find(By.linkText("Enter a correct user name and password")).click();
            assertThat(browser.find(By.id("username")).equals(browser.focused())).isTrue();
        }
    }

    private JsonNode decide(LocalDate asOf, int fluctuationDays) throws IOException, InterruptedException {
        String body = """
                {"caseReference": "CONSOLE-1", "asOf": "%s", "needsFromImpairmentOrIllness": "YES",
                 "outcomes": {"NUTRITION": {"unableWithoutAssistance": true}, "PERSONAL_HYGIENE": {"unableWithoutAssistance": true}},
                 "significantImpactOnWellbeing": "YES", "needsFluctuate": "YES", "fluctuationPeriodConsideredDays": %d}
                """.formatted(asOf, fluctuationDays);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/v1/decisions/adult-eligibility"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("case-system:case-system-secret".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static Path tables() {
        return Path.of(System.getProperty("repo.root", "..")).resolve("decision-tables");
    }

    /** A copy of a workbook with one cell changed, as Excel would save it. */
    static byte[] withCell(byte[] workbook, String sheet, String a1, Object value) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellReference ref = new CellReference(a1);
            var row = book.getSheet(sheet).getRow(ref.getRow());
            var cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(String.valueOf(value));
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
