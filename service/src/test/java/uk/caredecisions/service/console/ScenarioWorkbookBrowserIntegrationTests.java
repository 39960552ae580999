package uk.caredecisions.service.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.caredecisions.scenarios.Scenario;
import uk.caredecisions.scenarios.ScenarioLibrary;
import uk.caredecisions.scenarios.ScenarioTemplate;
import uk.caredecisions.scenarios.ScenarioWorkbook;
import uk.caredecisions.scenarios.ScenarioWorkbookWriter;
import uk.caredecisions.service.rulesets.LifecycleIntegrationTest;
import uk.caredecisions.service.rulesets.RuleSets;

/**
 * A trainer writes cases without JSON in a real browser (headless Chromium): downloads the template
 * workbook, types a case into its adult-eligibility sheet, uploads it and sees the case pass; uploads
 * a workbook with a column the service does not know, one with too many rows and one too large, and
 * each time reads the error summary naming the sheet and cell or the limit; then saves a decision
 * as a row of a scenario workbook and reads it back as the same scenario as its YAML. axe-core on
 * every page; screenshots under {@code service/target/screenshots/scenario-workbook-*}.
 */
@LifecycleIntegrationTest
@Tag("browser")
@Tag("slow")
class ScenarioWorkbookBrowserIntegrationTests {

    private static final String CASE = "Two outcomes typed as facts, with a significant impact, is eligible";

    @LocalServerPort
    int port;
    @Autowired
    RuleSets ruleSets;

    @BeforeAll
    static void chromedriverIsInstalled() {
        Browser.assumeInstalled();
    }

    /** The version in force today: other tests sharing this service may have activated one after the bundled tables. */
    private String live() {
        return ruleSets.inForceOn(ruleSets.today()).version();
    }

    @Test
    void aTrainerFillsInTheTemplateUploadsItSeesItsCasesPassAndReadsEachMistakeAtItsCell(@TempDir Path downloads) throws Exception {
        try (Browser browser = new Browser(port, "scenario-workbook")) {
            browser.downloadInto(downloads);
            signIn(browser, "/console/scenarios");
            assertThat(browser.heading()).isEqualTo("Scenario library");
            browser.check("library");

            browser.find(By.id("template-link")).click();
            Path template = downloads.resolve(ScenarioTemplate.FILE);
            browser.waitUntil(() -> Files.exists(template) && !Files.exists(downloads.resolve(ScenarioTemplate.FILE + ".crdownload")));
            byte[] templateBytes = Files.readAllBytes(template);
            assertThat(ScenarioWorkbook.read(ScenarioTemplate.FILE, templateBytes)).hasSize(4).allSatisfy(s -> assertThat(s.name()).startsWith("Example: "));

            browser.clickLink("Upload a scenario workbook");
            assertThat(browser.heading()).isEqualTo("Run a scenario workbook");
            browser.check("upload");
            browser.choose("workbook", "module-3.scenarios.xlsx", filledIn(templateBytes, "needsFromImpairmentOrIllness"));
            browser.submit(By.id("run-workbook"));
            assertThat(browser.find(By.id("run-summary")).getText()).isEqualTo("5 passed, 0 failed, 5 in all, under " + live());
            assertThat(browser.find(By.id("passing")).getText()).contains(CASE, "adult-eligibility!4", "ELIGIBLE");
            browser.check("upload-passed");

            browser.choose("workbook", "module-3.scenarios.xlsx", filledIn(templateBytes, "needsFromImpairment"));
            browser.submit(By.id("run-workbook"));
            String summary = browser.find(By.cssSelector(".govuk-error-summary")).getText();
            assertThat(summary).contains("There is a problem", "module-3.scenarios.xlsx!adult-eligibility!", "'needsFromImpairment' is not a column", "did you mean needsFromImpairmentOrIllness?");
            assertThat(browser.find(By.id("workbook-error")).getText()).contains("'needsFromImpairment' is not a column");
            assertThat(browser.all(By.id("run-summary"))).isEmpty();
            browser.check("upload-unknown-column");

            browser.choose("workbook", "too-long.scenarios.xlsx", tooManyRows());
            browser.submit(By.id("run-workbook"));
            assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText())
                    .contains("too-long.scenarios.xlsx!adult-eligibility has more than " + ScenarioWorkbook.LIMITS.maxRows() + " rows");
            browser.check("upload-too-many-rows");

            byte[] large = new byte[(int) ScenarioWorkbook.LIMITS.maxBytes() + 1000];
            new Random(1).nextBytes(large);
            browser.choose("workbook", "too-large.scenarios.xlsx", large);
            browser.submit(By.id("run-workbook"));
            assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText())
                    .contains("too-large.scenarios.xlsx is " + large.length + " bytes; at most " + ScenarioWorkbook.LIMITS.maxBytes() + " bytes are accepted.");
            browser.check("upload-too-large");
        }
    }

    @Test
    void aDecisionSavedAsAWorkbookRowReadsBackAsTheSameScenarioAsItsYaml(@TempDir Path downloads) throws Exception {
        try (Browser browser = new Browser(port, "scenario-workbook-row")) {
            browser.downloadInto(downloads);
            signIn(browser, "/console/try");
            browser.clickLink("Triage");
            browser.type("contactReceivedAt", "2026-11-20T09:15:00Z");
            browser.type("asOf", "2026-11-22");
            browser.select("routeOfAccess", "COMMUNITY");
            browser.submit(By.id("decide"));
            browser.submit(By.id("save-as-scenario"));
            assertThat(browser.heading()).isEqualTo("Save as a scenario");
            browser.type("name", "A community contact with nothing else known");
            browser.type("narrative", "A neighbour rings about Mr G; nothing more is known yet.");
            browser.type("tags", "front-door, module-4");
            browser.check("save-as-scenario-with-row");
            browser.find(By.id("download-yaml")).click();
            Path yaml = downloads.resolve("a-community-contact-with-nothing-else-known.yaml");
            browser.waitUntil(() -> Files.exists(yaml) && !Files.exists(downloads.resolve(yaml.getFileName() + ".crdownload")));
            browser.find(By.id("download-row")).click();
            Path row = downloads.resolve("a-community-contact-with-nothing-else-known.scenarios.xlsx");
            browser.waitUntil(() -> Files.exists(row) && !Files.exists(downloads.resolve(row.getFileName() + ".crdownload")));

            Scenario fromYaml = ScenarioLibrary.parse("saved.yaml", Files.readString(yaml)).get(0);
            List<Scenario> fromRow = ScenarioWorkbook.read("saved.scenarios.xlsx", Files.readAllBytes(row));
            assertThat(fromRow).singleElement().satisfies(s -> {
                assertThat(s.id()).isEqualTo("saved.scenarios.xlsx!triage!3");
                assertThat(new Scenario(fromYaml.id(), s.name(), s.decision(), s.tags(), s.narrative(), s.citations(), s.asOf(), s.request(), s.expect()))
                        .isEqualTo(fromYaml);
                assertThat(s.request().get("routeOfAccess").asText()).isEqualTo("COMMUNITY");
            });
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(row)))) {
                assertThat(book.getSheet("triage").getRow(ScenarioWorkbookWriter.HEADER_ROW).getCell(0).getStringCellValue()).isEqualTo("name");
            }
        }
    }

    /** Opens the page as a trainer, through the sign-in form it is sent to. */
    private static void signIn(Browser browser, String page) {
        browser.open(page);
        browser.type("username", "trainer");
        browser.type("password", "trainer-secret");
        browser.submit(By.id("sign-in"));
    }

    /** The template with a case typed into its adult-eligibility sheet under the column names, the first column named {@code impairmentHeader}. */
    private static byte[] filledIn(byte[] template, String impairmentHeader) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.getSheet("adult-eligibility");
            Row names = sheet.getRow(ScenarioWorkbookWriter.HEADER_ROW);
            Row row = sheet.createRow(ScenarioWorkbookWriter.HEADER_ROW + 2);
            for (Cell header : names) {
                String value = switch (header.getStringCellValue()) {
                    case "name" -> CASE;
                    case "needsFromImpairmentOrIllness" -> "yes";
                    case "outcomes.TOILET_NEEDS.unableWithoutAssistance", "outcomes.BEING_APPROPRIATELY_CLOTHED.significantPainDistressOrAnxiety" -> "ticked";
                    case "significantImpactOnWellbeing" -> "YES";
                    case "outcome" -> "ELIGIBLE";
                    case "reasons" -> "OUTCOMES_NOT_ACHIEVED, ELIGIBLE";
                    default -> null;
                };
                if (value != null) {
                    row.createCell(header.getColumnIndex()).setCellValue(value);
                }
                if (header.getStringCellValue().equals("needsFromImpairmentOrIllness")) {
                    header.setCellValue(impairmentHeader);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] tooManyRows() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("adult-eligibility");
            sheet.createRow(0).createCell(0).setCellValue("name");
            for (int r = 1; r <= ScenarioWorkbook.LIMITS.maxRows() + 1; r++) {
                sheet.createRow(r).createCell(0).setCellValue("case " + r);
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
