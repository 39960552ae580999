package uk.caredecisions.service.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.caredecisions.service.rulesets.LifecycleIntegrationTest;

/** Try a decision, over real HTTP: who may open it, forms built from each request with the tables' words, the decision and its record. */
@LifecycleIntegrationTest
class ConsoleTryDecisionIntegrationTests {

    @LocalServerPort
    int port;

    private ConsoleSession signedIn(String user) throws Exception {
        ConsoleSession session = new ConsoleSession(port);
        session.signIn(user, user + "-secret");
        return session;
    }

    @Test
    void practiceLeadsAndTrainersMayTryADecisionAndACaseSystemIsRefused() throws Exception {
        for (String user : new String[] {"trainer", "practice-lead"}) {
            HttpResponse<String> page = signedIn(user).get("/console/try");
            assertThat(page.statusCode()).as(user).isEqualTo(200);
            assertThat(page.body()).as(user).contains("open to practice leads and trainers", "href=\"/console/try/triage\"",
                    "href=\"/console/try/adult-eligibility\"", "href=\"/console/try/carer-eligibility\"", "href=\"/console/try/safeguarding-concern\"")
                    .contains("aria-current=\"true\">Try a decision</a>");
        }
        ConsoleSession caseSystem = signedIn("case-system");
        assertThat(caseSystem.get("/console/try").statusCode()).isEqualTo(403);
        assertThat(caseSystem.get("/console/try/triage").statusCode()).isEqualTo(403);
    }

    @Test
    void eachFormIsItsRequestsFieldsWithTheTablesQuestionsAndCodes() throws Exception {
        ConsoleSession trainer = signedIn("trainer");

        String triage = trainer.get("/console/try/triage").body();
        assertThat(triage).contains("<h1 class=\"govuk-heading-l\">Triage</h1>", "<title>Triage – Try a decision – ","name=\"contactReceivedAt\"", "name=\"routeOfAccess\"", "name=\"presentingRisks\"", "(RECENT_FALL)",
                ">Route of access</label>", "value=\"DISCHARGE_FROM_HOSPITAL\"");
        String safeguarding = trainer.get("/console/try/safeguarding-concern").body();
        assertThat(safeguarding).contains(">Immediate danger?</label>", "(PRESSURE_ULCER_GRADE_3_OR_ABOVE)", "name=\"abuseTypes\"");
        String carer = trainer.get("/console/try/carer-eligibility").body();
        assertThat(carer).contains("name=\"outcomes.CARING_FOR_OTHERS\"", "name=\"providesNecessaryCare\"");
        String adult = trainer.get("/console/try/adult-eligibility").body();
        assertThat(adult).as("each field's description in the API's schema is its hint; each limb's is beside its box")
                .contains("Over how many days the circumstances were considered, where needs fluctuate.",
                        "Unable to achieve it without assistance, including needing prompting");
        assertThat(trainer.get("/console/try/no-such-decision").statusCode()).isEqualTo(404);
    }

    @Test
    void aTriageIsDecidedWithItsReasonsAndARecordReadyToCopy() throws Exception {
        ConsoleSession worker = signedIn("practice-lead");
        String csrf = ConsoleSession.csrf(worker.get("/console/try/triage").body());

        HttpResponse<String> decided = worker.postForm("/console/try/triage", "_csrf", csrf, "asOf", "2026-11-22",
                "contactReceivedAt", "2026-11-20T09:15:00Z", "routeOfAccess", "COMMUNITY", "presentingRisks", "RECENT_FALL", "urgentNeed", "NO");

        assertThat(decided.statusCode()).isEqualTo(200);
        assertThat(decided.body()).contains("id=\"decision\"", "id=\"reasons\"", "The written record, ready to copy")
                .containsPattern("<textarea[^>]*id=\"record\"[^>]*readonly[^>]*>Record of triage decision\nOutcome: [A-Z_]+\nAs of: 2026-11-22")
                .contains("id=\"save-as-scenario\"")
                // The answers stay on the form to change.
                .containsPattern("value=\"RECENT_FALL\"\\s+checked");
    }

    @Test
    void anAdultsEligibilityGivesTheDeterminationsOwnWrittenRecord() throws Exception {
        ConsoleSession worker = signedIn("trainer");
        String csrf = ConsoleSession.csrf(worker.get("/console/try/adult-eligibility").body());

        String decided = worker.postForm("/console/try/adult-eligibility", "_csrf", csrf, "asOf", "2026-11-22", "needsFromImpairmentOrIllness", "YES",
                "outcomes.NUTRITION", "unableWithoutAssistance", "outcomes.PERSONAL_HYGIENE", "unableWithoutAssistance",
                "significantImpactOnWellbeing", "YES").body();

        assertThat(decided).contains("<h2 class=\"govuk-panel__title\">ELIGIBLE</h2>", "<h1 class=\"govuk-heading-l\">Adult eligibility</h1>").containsPattern("id=\"record\"[^>]*>Record of eligibility determination");
    }

    @Test
    void aMissingRequiredAnswerIsNamedInTheErrorSummaryAndNothingIsDecided() throws Exception {
        ConsoleSession worker = signedIn("trainer");
        String csrf = ConsoleSession.csrf(worker.get("/console/try/triage").body());

        String refused = worker.postForm("/console/try/triage", "_csrf", csrf, "contactReceivedAt", "2026-11-20T09:15:00Z", "routeOfAccess", "").body();

        assertThat(refused).contains("There is a problem", "href=\"#routeOfAccess\"", "<title>Error: ").doesNotContain("id=\"decision\"");
        assertThat(refused).containsPattern("id=\"contactReceivedAt\"[^>]*value=\"2026-11-20T09:15:00Z\"");
    }
}
