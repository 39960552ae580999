package uk.caredecisions.service.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.caredecisions.scenarios.Scenario;
import uk.caredecisions.scenarios.ScenarioLibrary;
import uk.caredecisions.scenarios.ScenarioRunner;
import uk.caredecisions.service.rulesets.LifecycleIntegrationTest;
import uk.caredecisions.service.rulesets.RuleSets;

/**
 * A trainer's teaching session in a real browser (headless Chromium): open a scenario, reveal the
 * decision, print a handout, change a fact and decide again, save the what-if as a new scenario
 * (the downloaded YAML read back into a library and run), run a tag; then try a decision as a
 * front-door worker would. axe-core on every page; screenshots under {@code service/target/screenshots/trainer-journey-*}.
 */
@LifecycleIntegrationTest
@Tag("browser")
@Tag("slow")
class TrainerJourneyBrowserIntegrationTests {

    private static final String BUNDLED = "2026.12.2";

    /** The version in force today: other tests sharing this service may have activated one after the bundled tables. */
    private String live() {
        return ruleSets.inForceOn(ruleSets.today()).version();
    }
    private static final String NAME = "No significant impact on wellbeing means not eligible";

    @LocalServerPort
    int port;
    @Autowired
    RuleSets ruleSets;

    @BeforeAll
    static void chromedriverIsInstalled() {
        Browser.assumeInstalled();
    }

    @Test
    void aTrainerRevealsAScenarioDoesAWhatIfSavesItAsANewScenarioAndRunsATag(@TempDir Path downloads, @TempDir Path library) throws Exception {
        try (Browser browser = new Browser(port, "trainer-journey")) {
            browser.downloadInto(downloads);
            browser.open("/console/scenarios");
            browser.type("username", "trainer");
            browser.type("password", "trainer-secret");
            browser.submit(By.id("sign-in"));
            assertThat(browser.heading()).isEqualTo("Scenario library");

            browser.clickLink("Fluctuating needs considered over 20 days fall short of the local 28-day minimum");
            assertThat(browser.text()).contains("What would you decide?");
            browser.check("scenario");
            browser.submit(By.id("reveal"));
            assertThat(browser.find(By.id("decision")).getText()).contains("ELIGIBLE", live());
            browser.check("revealed");

            browser.submit(By.id("handout"));
            assertThat(browser.find(By.id("handout-question")).getText()).contains("What would you decide?");
            assertThat(browser.find(By.id("decision")).getAttribute("class")).contains("console-page-break");
            browser.check("handout");
            browser.clickLink("Back to the scenario");

            browser.submit(By.id("what-if"));
            assertThat(browser.heading()).isEqualTo("What if?");
            assertThat(browser.find(By.id("fluctuationPeriodConsideredDays")).getAttribute("value")).isEqualTo("20");
            browser.check("what-if");
            browser.select("significantImpactOnWellbeing", "NO");
            browser.type("fluctuationPeriodConsideredDays", "28");
            browser.submit(By.id("decide-again"));
            assertThat(browser.find(By.id("what-if-outcome")).getText()).contains("NOT_ELIGIBLE", "Changed from ELIGIBLE");
            assertThat(browser.find(By.id("changed-facts")).getText())
                    .contains("Significant impact on wellbeing Yes No", "Fluctuation period considered days 20 28");
            assertThat(browser.all(By.cssSelector("#what-if-reasons li[data-new=true] mark.console-changed"))).isNotEmpty();
            assertThat(browser.find(By.id("warnings-gone")).getText()).contains("considered over 20 days");
            browser.check("what-if-decided");

            browser.submit(By.id("save-as-scenario"));
            assertThat(browser.heading()).isEqualTo("Save as a scenario");
            assertThat(browser.find(By.id("outcome")).getAttribute("value")).isEqualTo("NOT_ELIGIBLE");
            browser.check("save-as-scenario");
            browser.submit(By.id("download-yaml"));
            assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText()).contains("Enter a name for the scenario");
            browser.check("save-as-scenario-no-name");
            browser.type("name", NAME);
            browser.type("narrative", "Mr F cannot manage meals or washing, over four weeks. He says it does not trouble him.");
            browser.type("tags", "what-if, reg-2");
            browser.find(By.id("download-yaml")).click();

            Path yaml = downloads.resolve("no-significant-impact-on-wellbeing-means-not-eligible.yaml");
            browser.waitUntil(() -> Files.exists(yaml) && !Files.exists(downloads.resolve(yaml.getFileName() + ".crdownload")));
            String saved = Files.readString(yaml);
            assertThat(saved).contains("name: \"" + NAME + "\"", "decision: \"adult-eligibility\"", "- \"what-if\"", "- \"reg-2\"",
                    "significantImpactOnWellbeing: \"NO\"", "fluctuationPeriodConsideredDays: 28", "outcome: \"NOT_ELIGIBLE\"");
            Files.createDirectories(library.resolve("adult-eligibility"));
            Files.copy(yaml, library.resolve("adult-eligibility").resolve(yaml.getFileName()));
            List<Scenario> loaded = ScenarioLibrary.load(library).scenarios();
            assertThat(loaded).singleElement().satisfies(s -> assertThat(
                    new ScenarioRunner().runOne(s, ruleSets.version(BUNDLED).orElseThrow(), new HashMap<>()).passed()).isTrue());

            browser.clickLink("Scenario library");
            browser.clickLink("Run a tag or the whole library against a rule set");
            browser.check("run");
            browser.select("tag", "fluctuation");
            browser.select("version", BUNDLED);
            browser.submit(By.id("run"));
            assertThat(browser.find(By.id("run-summary")).getText()).isEqualTo("1 passed, 0 failed, 1 in all, under " + BUNDLED);
            assertThat(browser.find(By.id("passing")).getText()).contains("Fluctuating needs considered over 20 days", "ELIGIBLE");
            assertThat(browser.all(By.id("cli-report"))).isEmpty();
            browser.check("run-tag");
            browser.find(By.id("coverage")).click();
            browser.submit(By.id("run"));
            assertThat(browser.find(By.id("cli-report")).getText()).contains("Table rows exercised:");
            browser.check("run-tag-coverage");

            browser.clickLink("Try a decision");
            assertThat(browser.find(By.id("who")).getText()).contains("open to practice leads and trainers");
            browser.check("try-a-decision");
            browser.clickLink("Triage");
            assertThat(browser.heading()).isEqualTo("Triage");
            browser.check("try-triage");
            browser.type("contactReceivedAt", "2026-11-20T09:15:00Z");
            browser.type("asOf", "2026-11-22");
            browser.select("routeOfAccess", "COMMUNITY");
            browser.submit(By.id("decide"));
            assertThat(browser.find(By.id("record")).getAttribute("value")).startsWith("Record of triage decision");
            assertThat(browser.find(By.id("decision")).getText()).contains(live());
            assertThat(browser.heading()).isEqualTo("Triage");
            browser.check("try-triage-decided");
        }
    }
}
