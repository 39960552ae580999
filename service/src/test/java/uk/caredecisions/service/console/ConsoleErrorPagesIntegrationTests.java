package uk.caredecisions.service.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.caredecisions.service.rulesets.LifecycleIntegrationTest;

/**
 * The console's errors as GOV.UK pages, never the API's problem JSON: an address nothing answers, a
 * form sent the wrong way, an upload over the limit; and the API beside it still answering problems.
 * An auditor, who may open only the reports, starts on them.
 */
@LifecycleIntegrationTest
class ConsoleErrorPagesIntegrationTests {

    @LocalServerPort
    int port;

    private static void assertHtml(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(response.body()).contains("govuk-template", "Skip to main content", "govuk-heading-l").doesNotContain("\"status\":");
    }

    @Test
    void anAddressUnderTheConsoleThatNothingAnswersIsAGovUkNotFoundPage() throws Exception {
        ConsoleSession lead = new ConsoleSession(port);
        lead.signIn("practice-lead", "practice-lead-secret");

        HttpResponse<String> missing = lead.get("/console/no-such-page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertHtml(missing);
        assertThat(missing.body()).contains("<title>Page not found", "Page not found", "Go to the start page");

        HttpResponse<String> deeper = lead.get("/console/rulesets/2026.12.2/nothing/here");
        assertThat(deeper.statusCode()).isEqualTo(404);
        assertHtml(deeper);

        HttpResponse<String> wrongMethod = lead.get("/console/rulesets/2026.12.2/activate");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertHtml(wrongMethod);
    }

    @Test
    void theApiStillAnswersAnAddressNothingAnswersWithAProblem() throws Exception {
        HttpResponse<String> missing = new ConsoleSession(port).getWithBasic("/v1/no-such-endpoint", "case-system:case-system-secret");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    }

    @Test
    void aWorkbookOverTheUploadLimitSendsThePracticeLeadBackToTheFormWithAnErrorSummary() throws Exception {
        ConsoleSession lead = new ConsoleSession(port);
        lead.signIn("practice-lead", "practice-lead-secret");
        String csrf = ConsoleSession.csrf(lead.get("/console/changes/new").body());

        HttpResponse<String> sent = lead.postFile("/console/changes", csrf, "workbooks", "adult-eligibility.drl.xlsx", new byte[6 * 1024 * 1024]);

        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console/changes/new?too-large"));
        HttpResponse<String> form = lead.get("/console/changes/new?too-large");
        assertThat(form.statusCode()).isEqualTo(200);
        assertHtml(form);
        assertThat(form.body()).contains("<title>Error: ", "There is a problem", "href=\"#workbooks\"", "The selected file must be smaller than 2 MB");
    }

    @Test
    void aScenarioWorkbookOverTheUploadLimitSendsTheTrainerBackToItsFormWithAnErrorSummary() throws Exception {
        ConsoleSession trainer = new ConsoleSession(port);
        trainer.signIn("trainer", "trainer-secret");
        String csrf = ConsoleSession.csrf(trainer.get("/console/scenarios/workbook").body());

        HttpResponse<String> sent = trainer.postFile("/console/scenarios/workbook", csrf, "workbook", "module-9.scenarios.xlsx", new byte[6 * 1024 * 1024]);

        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console/scenarios/workbook?too-large"));
        HttpResponse<String> form = trainer.get("/console/scenarios/workbook?too-large");
        assertThat(form.statusCode()).isEqualTo(200);
        assertHtml(form);
        assertThat(form.body()).contains("<title>Error: ", "There is a problem", "href=\"#workbook\"", "nothing was uploaded");
        assertThat(trainer.get("/console/scenarios/workbook").body()).as("the form itself, asked for again, has no error")
                .doesNotContain("There is a problem");
    }

    @Test
    void anyOtherConsoleFormOverTheLimitIsAPageSayingTheFileIsTooBig() throws Exception {
        ConsoleSession trainer = new ConsoleSession(port);
        trainer.signIn("trainer", "trainer-secret");
        String csrf = ConsoleSession.csrf(trainer.get("/console").body());

        HttpResponse<String> sent = trainer.postFile("/console/somewhere-else", csrf, "file", "big.xlsx", new byte[6 * 1024 * 1024]);
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console/too-large"));

        HttpResponse<String> page = trainer.get("/console/too-large");
        assertThat(page.statusCode()).isEqualTo(413);
        assertHtml(page);
        assertThat(page.body()).contains("The file is too big", "Nothing was changed");
    }

    @Test
    void anAuditorWhoSignsInStartsOnTheReportsNotARefusal() throws Exception {
        ConsoleSession auditor = new ConsoleSession(port);

        HttpResponse<String> signedIn = auditor.signIn("auditor", "auditor-secret");
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console"));
        HttpResponse<String> start = auditor.get("/console");
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console/reports"));
        HttpResponse<String> reports = auditor.get("/console/reports");
        assertThat(reports.statusCode()).isEqualTo(200);
        assertThat(reports.body()).contains("Signed in as <strong>auditor</strong>");
        assertThat(auditor.get("/console/rulesets").statusCode()).as("still refused the rest").isEqualTo(403);
    }
}
