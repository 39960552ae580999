package uk.caredecisions.service.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import uk.caredecisions.scenarios.Scenario;
import uk.caredecisions.scenarios.ScenarioLibrary;
import uk.caredecisions.scenarios.ScenarioResult;
import uk.caredecisions.scenarios.ScenarioRunner;
import uk.caredecisions.service.rulesets.RuleSets;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.caredecisions.service.rulesets.LifecycleIntegrationTest;

/** The trainer's teaching pages over real HTTP, signed in as a trainer: what-if, the handout, and saving a decision as a scenario. */
@LifecycleIntegrationTest
class ConsoleTrainerPagesIntegrationTests {

    static final String SCENARIO = "adult-eligibility/fluctuation-too-short.yaml";
    private static final String BUNDLED = "2026.12.2";

    /** The version in force today: other tests sharing this service may have activated one after the bundled tables. */
    private String live() {
        return ruleSets.inForceOn(ruleSets.today()).version();
    }

    @LocalServerPort
    int port;

    @Autowired
    RuleSets ruleSets;

    private ConsoleSession trainer;

    @BeforeEach
    void signIn() throws Exception {
        trainer = new ConsoleSession(port);
        trainer.signIn("trainer", "trainer-secret");
    }

    @Test
    void theWhatIfFormIsTheRequestsFieldsFilledWithTheScenarioAndNamedAsTheTablesNameThem() throws Exception {
        HttpResponse<String> form = trainer.get("/console/scenarios/what-if?id=" + enc(SCENARIO) + "&version=" + BUNDLED);

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body())
                // Every field of the request, not only those the scenario records: impact route is not in this one.
                .contains("name=\"impactRoute\"", "name=\"wellbeingAreasAffected\"")
                .containsPattern("id=\"fluctuationPeriodConsideredDays\"[^>]*value=\"20\"")
                .contains("Managing and maintaining nutrition (a) (NUTRITION)")
                .containsPattern("name=\"outcomes.NUTRITION\"\\s+value=\"unableWithoutAssistance\"\\s+checked")
                .containsPattern("name=\"outcomes.CARING_FOR_A_CHILD\"\\s+value=\"unableWithoutAssistance\">");
    }

    @Test
    void aLongerPeriodTakesAwayTheWarningAndTheSameOutcomeIsSaidToBeTheSame() throws Exception {
        HttpResponse<String> result = whatIf("fluctuationPeriodConsideredDays", "28", "significantImpactOnWellbeing", "YES");

        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body()).contains("The same outcome as the scenario", "under rule set <span>" + BUNDLED)
                .containsPattern("Fluctuation period considered days</th>\\s*<td[^>]*>20</td>\\s*<td[^>]*><mark class=\"console-changed\">28</mark>")
                .contains("No longer a warning", "considered over 20 days");
        assertThat(section(result.body(), "changed-facts")).doesNotContain("Significant impact");
    }

    @Test
    void theScenariosOwnFactsSentBackChangeNothing() throws Exception {
        HttpResponse<String> result = whatIf("fluctuationPeriodConsideredDays", "20", "significantImpactOnWellbeing", "YES");

        assertThat(result.body()).contains("Nothing: these are the scenario", "The same outcome as the scenario")
                .doesNotContain("data-new=\"true\"", "No longer a reason", "No longer a warning");
    }

    @Test
    void noSignificantImpactChangesTheOutcomeAndMarksTheNewReason() throws Exception {
        HttpResponse<String> result = whatIf("fluctuationPeriodConsideredDays", "28", "significantImpactOnWellbeing", "NO");

        assertThat(result.body()).contains("console-panel--changed", "Changed from <strong>ELIGIBLE</strong>", "<h2 class=\"govuk-panel__title\">NOT_ELIGIBLE</h2>")
                .containsPattern("data-new=\"true\">\\s*<strong class=\"govuk-tag govuk-tag--yellow\">New</strong>")
                .contains("No longer a reason")
                .contains("name=\"outcome\" value=\"NOT_ELIGIBLE\"");
        assertThat(section(result.body(), "changed-facts")).contains("Significant impact on wellbeing", "Yes", "No");
    }

    @Test
    void aNumberInWordsIsAnErrorSummaryLinkedToItsFieldAndNothingIsDecided() throws Exception {
        HttpResponse<String> result = whatIf("fluctuationPeriodConsideredDays", "twenty", "significantImpactOnWellbeing", "YES");

        assertThat(result.body()).contains("There is a problem", "href=\"#fluctuationPeriodConsideredDays\"",
                "Fluctuation period considered days must be a whole number", "<title>Error: ").doesNotContain("what-if-outcome");
    }

    @Test
    void aValueTheApiRefusesIsNamedAgainstItsField() throws Exception {
        HttpResponse<String> result = whatIf("fluctuationPeriodConsideredDays", "28", "significantImpactOnWellbeing", "YES", "asOf", "31 February");

        assertThat(result.body()).contains("There is a problem", "href=\"#asOf\"").doesNotContain("what-if-outcome");
    }

    @Test
    void theHandoutAsksTheQuestionThenGivesTheDecisionOnANewPrintedPage() throws Exception {
        HttpResponse<String> handout = trainer.get("/console/scenarios/handout?id=" + enc(SCENARIO));

        assertThat(handout.statusCode()).isEqualTo(200);
        String body = handout.body();
        assertThat(body).contains("Mr F&#39;s needs vary", "handout-question", "console-page-break", "Record of eligibility determination")
                .doesNotContain("id=\"reveal\"", "id=\"what-if\"");
        assertThat(body.indexOf("handout-question")).isLessThan(body.indexOf("id=\"decision\""));
        assertThat(trainer.get("/console/assets/console.css").body()).contains("@media print", "break-before: page");
    }

    @Test
    void aRevealedScenarioOffersWhatIfAndTheHandout() throws Exception {
        String page = trainer.get("/console/scenarios/case?id=" + enc(SCENARIO) + "&reveal=yes").body();

        assertThat(page).contains("/console/scenarios/what-if?id=" + enc(SCENARIO).replace("%2F", "/") + "&amp;version=" + live(),
                "/console/scenarios/handout?id=");
        assertThat(trainer.get("/console/scenarios/case?id=" + enc(SCENARIO)).body()).doesNotContain("id=\"what-if\"");
    }

    @Test
    void aWhatIfSavedAsAScenarioDownloadsAsYamlThatTheLibraryLoadsAndTheRunnerPasses(@TempDir Path library) throws Exception {
        String result = whatIf("fluctuationPeriodConsideredDays", "28", "significantImpactOnWellbeing", "NO").body();
        String request = hidden(result, "request");
        assertThat(hidden(result, "outcome")).isEqualTo("NOT_ELIGIBLE");

        HttpResponse<String> form = trainer.postForm("/console/scenarios/new", "_csrf", ConsoleSession.csrf(result), "decision", "adult-eligibility",
                "request", request, "outcome", "NOT_ELIGIBLE", "version", BUNDLED);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Save as a scenario").containsPattern("id=\"outcome\"[^>]*value=\"NOT_ELIGIBLE\"")
                .contains("Significant impact on wellbeing");

        HttpResponse<String> yaml = trainer.postForm("/console/scenarios/new/yaml", "_csrf", ConsoleSession.csrf(form.body()),
                "decision", "adult-eligibility", "request", hidden(form.body(), "request"), "version", BUNDLED,
                "name", "Without a significant impact on wellbeing, two outcomes not achieved are not enough",
                "narrative", "Mr F cannot manage meals or washing.\nHe says it does not trouble him.", "tags", "what-if, reg-2", "outcome", "NOT_ELIGIBLE");

        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/yaml"));
        assertThat(yaml.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"without-a-significant-impact-on-wellbeing-two-outcomes-not.yaml\"");
        assertThat(yaml.body()).startsWith("# Saved from the console after a decision under rule set " + BUNDLED)
                .contains("significantImpactOnWellbeing: \"NO\"", "needsFromImpairmentOrIllness: \"YES\"");
        Files.createDirectories(library.resolve("adult-eligibility"));
        Files.writeString(library.resolve("adult-eligibility/saved.yaml"), yaml.body());
        List<Scenario> saved = ScenarioLibrary.load(library).scenarios();
        assertThat(saved).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Without a significant impact on wellbeing, two outcomes not achieved are not enough");
            assertThat(s.tags()).containsExactly("what-if", "reg-2");
            assertThat(s.narrative()).isEqualTo("Mr F cannot manage meals or washing.\nHe says it does not trouble him.");
            assertThat(s.expect().outcome()).isEqualTo("NOT_ELIGIBLE");
            assertThat(s.request().path("fluctuationPeriodConsideredDays").asInt()).isEqualTo(28);
        });
        ScenarioResult run = new ScenarioRunner().runOne(saved.get(0), ruleSets.version(BUNDLED).orElseThrow(), new HashMap<>());
        assertThat(run.passed()).as("%s", run.mismatches()).isTrue();
        assertThat(run.actualOutcome()).isEqualTo("NOT_ELIGIBLE");
    }

    @Test
    void aScenarioWithNoNameABadTagAndNoOutcomeIsRefusedNamingEachField() throws Exception {
        String result = whatIf("fluctuationPeriodConsideredDays", "28", "significantImpactOnWellbeing", "NO").body();

        HttpResponse<String> refused = trainer.postForm("/console/scenarios/new/yaml", "_csrf", ConsoleSession.csrf(result),
                "decision", "adult-eligibility", "request", hidden(result, "request"), "name", " ", "tags", "Not A Tag!", "outcome", "");

        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(refused.body()).contains("There is a problem", "href=\"#name\"", "href=\"#tags\"", "href=\"#outcome\"", "<title>Error: ")
                .containsPattern("name=\"request\" value=\"\\{");
        HttpResponse<String> tampered = trainer.postForm("/console/scenarios/new/yaml", "_csrf", ConsoleSession.csrf(result),
                "decision", "adult-eligibility", "request", "{\"needsFromImpairmentOrIllness\": \"PERHAPS\"}", "name", "A name", "outcome", "ELIGIBLE");
        assertThat(tampered.body()).contains("href=\"#facts\"", "did not come through");
    }

    /** A hidden field's value, as a browser would send it back. */
    static String hidden(String page, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page);
        assertThat(m.find()).as("hidden field %s", name).isTrue();
        return org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(1));
    }

    private HttpResponse<String> whatIf(String... changes) throws Exception {
        String csrf = ConsoleSession.csrf(trainer.get("/console/scenarios/what-if?id=" + enc(SCENARIO) + "&version=" + BUNDLED).body());
        String[] base = {"_csrf", csrf, "id", SCENARIO, "version", BUNDLED, "asOf", "2026-11-22", "needsFromImpairmentOrIllness", "YES",
                "outcomes.NUTRITION", "unableWithoutAssistance", "outcomes.PERSONAL_HYGIENE", "unableWithoutAssistance", "needsFluctuate", "YES"};
        java.util.List<String> changed = new java.util.ArrayList<>();
        for (int i = 0; i < changes.length; i += 2) {
            changed.add(changes[i]);
        }
        java.util.List<String> params = new java.util.ArrayList<>();
        for (int i = 0; i < base.length; i += 2) {
            if (!changed.contains(base[i])) {
                params.add(base[i]);
                params.add(base[i + 1]);
            }
        }
        params.addAll(java.util.List.of(changes));
        String[] all = params.toArray(String[]::new);
        return trainer.postForm("/console/scenarios/what-if", all);
    }

    static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as("element #%s on the page", id).isNotNegative();
        return page.substring(start, page.indexOf("</table>", start));
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
