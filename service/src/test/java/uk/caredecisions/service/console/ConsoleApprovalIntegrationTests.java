package uk.caredecisions.service.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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

/**
 * Who staged, approved and activated a version, on its page and in the list, and the approve form
 * sent by two practice leads. The shared service runs with require-second-approver off, so no page
 * offers "Approve" here (when it would is {@code rulesets.StepsTests}); the form still records a second
 * lead's approval and refuses the one who staged the version, as the API does.
 */
@LifecycleIntegrationTest
class ConsoleApprovalIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    RuleSetPublisher publisher;

    @Autowired
    Clock clock;

    private String version;
    private ConsoleSession stager;
    private ConsoleSession second;

    @BeforeEach
    void aPracticeLeadStagesAVersion() throws Exception {
        version = "approval-" + UUID.randomUUID().toString().substring(0, 8);
        // Staged only, never activated: it decides nothing, so its date does not matter to other tests.
        publisher.stage(version, LocalDate.now(clock).plusYears(30), Map.of(), Set.of(), "practice-lead");
        stager = new ConsoleSession(port);
        stager.signIn("practice-lead", "practice-lead-secret");
        second = new ConsoleSession(port);
        second.signIn("second-lead", "second-lead-secret");
    }

    @Test
    void theStagedVersionsPageAndTheListNameWhoStagedItAndOfferNoApprovalWithTheSettingOff() throws Exception {
        String page = second.get("/console/rulesets/" + version).body();

        assertThat(page).containsPattern("id=\"staged-by\">\\s*<span>practice-lead</span>,\\s*<span>\\d{1,2} \\w+ \\d{4}, \\d{2}:\\d{2}</span>")
                .contains("Not yet activated", "id=\"activate\"")
                .doesNotContain("id=\"approve\"", "id=\"approved-by\"");
        assertThat(second.get("/console/rulesets").body())
                .containsPattern("data-version=\"" + version + "\"[\\s\\S]*?data-step=\"staged\">practice-lead, \\d{1,2} \\w{3} \\d{4} \\d{2}:\\d{2}<");
    }

    @Test
    void aSecondPracticeLeadsApprovalIsRecordedAndShown() throws Exception {
        HttpResponse<String> sent = second.postForm("/console/rulesets/" + version + "/approve",
                "_csrf", ConsoleSession.csrf(second.get("/console/rulesets/" + version).body()));

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(publisher.provenance(version).approvedBy()).isEqualTo("second-lead");
        String page = second.get("/console/rulesets/" + version).body();
        assertThat(page).contains("id=\"approved-message\"").containsPattern("id=\"approved-by\">\\s*<span>second-lead</span>,");
    }

    @Test
    void theOneWhoStagedItIsRefusedInAnErrorSummaryAndNothingIsRecorded() throws Exception {
        HttpResponse<String> sent = stager.postForm("/console/rulesets/" + version + "/approve",
                "_csrf", ConsoleSession.csrf(stager.get("/console/rulesets/" + version).body()));

        assertThat(sent.statusCode()).isEqualTo(403);
        assertThat(sent.body()).contains("<title>Error: ", "There is a problem", "href=\"#approve\"",
                "was staged by you (practice-lead); the approval must come from another practice lead.");
        assertThat(publisher.provenance(version).approvedBy()).isNull();
    }

    @Test
    void approvingAVersionAlreadyActiveIsAConflictInAnErrorSummary() throws Exception {
        String live = "2026.12.2";
        HttpResponse<String> sent = second.postForm("/console/rulesets/" + live + "/approve",
                "_csrf", ConsoleSession.csrf(second.get("/console/rulesets/" + live).body()));

        assertThat(sent.statusCode()).isEqualTo(409);
        assertThat(sent.body()).contains("There is a problem", "Rule set 2026.12.2 is already active; there is nothing to approve.");
    }

    @Test
    void aTrainerCannotSendTheApproval() throws Exception {
        ConsoleSession trainer = new ConsoleSession(port);
        trainer.signIn("trainer", "trainer-secret");

        HttpResponse<String> sent = trainer.postForm("/console/rulesets/" + version + "/approve",
                "_csrf", ConsoleSession.csrf(trainer.get("/console/rulesets/" + version).body()));

        assertThat(sent.statusCode()).isEqualTo(403);
        assertThat(publisher.provenance(version).approvedBy()).isNull();
    }
}
