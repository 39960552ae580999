package uk.caredecisions.service.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.caredecisions.service.rulesets.LifecycleIntegrationTest;

/** The trainer's teaching pages over real HTTP, signed in as a trainer: what-if and the handout. */
@LifecycleIntegrationTest
class ConsoleTrainerPagesIntegrationTests {

    static final String SCENARIO = "adult-eligibility/fluctuation-too-short.yaml";
    private static final String BUNDLED = "2026.12.2";

    @LocalServerPort
    int port;

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
                .contains("managing and maintaining nutrition (a) (NUTRITION)")
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

        assertThat(page).contains("/console/scenarios/what-if?id=" + enc(SCENARIO).replace("%2F", "/") + "&amp;version=" + BUNDLED,
                "/console/scenarios/handout?id=");
        assertThat(trainer.get("/console/scenarios/case?id=" + enc(SCENARIO)).body()).doesNotContain("id=\"what-if\"");
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
