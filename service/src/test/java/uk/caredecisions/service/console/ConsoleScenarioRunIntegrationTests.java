package uk.caredecisions.service.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.caredecisions.service.rulesets.LifecycleIntegrationTest;
import uk.caredecisions.service.rulesets.RuleSetPublisher;
import uk.caredecisions.service.rulesets.RuleSets;

/** Running scenarios from the console, over real HTTP as a trainer: passing cases by name and outcome, failures as the CLI prints them, coverage on request. */
@LifecycleIntegrationTest
class ConsoleScenarioRunIntegrationTests {

    private static final String BUNDLED = "2026.12.2";

    @LocalServerPort
    int port;
    @Autowired
    RuleSets ruleSets;
    @Autowired
    RuleSetPublisher publisher;
    @Autowired
    Clock clock;

    private ConsoleSession trainer;

    @BeforeEach
    void signIn() throws Exception {
        trainer = new ConsoleSession(port);
        trainer.signIn("trainer", "trainer-secret");
    }

    @Test
    void aTagUnderTheBundledVersionListsItsPassingCasesByNameAndOutcomeWithoutCoverage() throws Exception {
        String page = trainer.get("/console/scenarios/run?run=yes&tag=fluctuation&version=" + BUNDLED).body();

        assertThat(page).contains("1 passed, 0 failed, 1 in all, under " + BUNDLED)
                .containsPattern("data-scenario=\"adult-eligibility/fluctuation-too-short.yaml\">\\s*<td[^>]*><a[^>]*>Fluctuating needs considered over 20 days[^<]*</a></td>\\s*<td[^>]*>ELIGIBLE</td>")
                .doesNotContain("two-outcomes-eligible.yaml\"", "never fired", "Table rows exercised");
    }

    @Test
    void theWholeLibraryWithCoverageShowsTheRowsNoScenarioFired() throws Exception {
        String page = trainer.get("/console/scenarios/run?run=yes&tag=&version=" + BUNDLED + "&coverage=yes").body();

        assertThat(page).contains("2 passed, 0 failed, 2 in all", "Table rows exercised:", "never fired: ");
    }

    @Test
    void aVersionThatBreaksAScenarioShowsTheFailureAsTheCommandLineDoes() throws Exception {
        String version = "run-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] adult = ruleSets.inForceOn(LocalDate.now(clock)).source().workbooks().get("adult-eligibility.drl.xlsx");
        // Staged far ahead and never activated: nothing else decides under it.
        publisher.stage(version, LocalDate.now(clock).plusYears(40), Map.of("adult-eligibility.drl.xlsx",
                ConsoleBrowserIntegrationTests.withCell(adult, "Settings", "C9", 14)), Set.of("adult-eligibility/fluctuation-too-short.yaml"));

        String page = trainer.get("/console/scenarios/run?run=yes&version=" + version).body();

        assertThat(page).contains("1 passed, 1 failed, 2 in all, under " + version, "Failures, as the command line reports them")
                .contains("FAILED  Fluctuating needs considered over 20 days fall short of the local 28-day minimum",
                        "warning FLUCTUATION_PERIOD_TOO_SHORT: expected present, but got absent", "Why the service decided ELIGIBLE:")
                .containsPattern("data-scenario=\"adult-eligibility/two-outcomes-eligible.yaml\"")
                .doesNotContain("Table rows exercised");
    }

    @Test
    void anUnknownTagOrVersionIsAnErrorSummaryNamingTheField() throws Exception {
        String page = trainer.get("/console/scenarios/run?run=yes&tag=no-such-tag&version=no-such-version").body();

        assertThat(page).contains("There is a problem", "href=\"#tag\"", "No scenario has the tag no-such-tag", "href=\"#version\"",
                "Choose a rule set that is loaded", "<title>Error: ").doesNotContain("run-summary");
    }

    @Test
    void theFormAloneRunsNothingAndOffersEveryLoadedVersion() throws Exception {
        String page = trainer.get("/console/scenarios/run").body();

        assertThat(page).contains("The whole library", "Tagged fluctuation", BUNDLED).doesNotContain("run-summary");
        assertThat(trainer.get("/console/scenarios").body()).contains("href=\"/console/scenarios/run\"");
    }
}
