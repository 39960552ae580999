package uk.caredecisions.service.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.caredecisions.service.Http;
import uk.caredecisions.service.receipts.ReceiptWriter;
import uk.caredecisions.service.receipts.ReportCsv;
import uk.caredecisions.service.receipts.Reports;
import uk.caredecisions.service.rulesets.LifecycleIntegrationTest;

/** The reports page over real HTTP: who may open it, dates read from GOV.UK date inputs, and the CSV a signed-in browser can download. */
@LifecycleIntegrationTest
class ConsoleReportsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Autowired
    Reports reports;

    @Autowired
    ReceiptWriter writer;

    private ConsoleSession signedIn(String user) throws Exception {
        ConsoleSession session = new ConsoleSession(port);
        session.signIn(user, user + "-secret");
        return session;
    }

    @Test
    void anAuditorMayOpenTheReportsAndNothingElseOfTheConsoleAndATrainerIsRefusedThem() throws Exception {
        ConsoleSession auditor = signedIn("auditor");

        HttpResponse<String> page = auditor.get("/console/reports");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1 class=\"govuk-heading-l\">Reports</h1>", "href=\"/console/reports\"", "aria-current=\"true\"")
                .doesNotContain("id=\"figures\"");
        assertThat(auditor.get("/console/rulesets").statusCode()).isEqualTo(403);
        assertThat(auditor.get("/console/scenarios").statusCode()).isEqualTo(403);

        ConsoleSession trainer = signedIn("trainer");
        assertThat(trainer.get("/console/reports").statusCode()).isEqualTo(403);
        assertThat(trainer.get("/console/rulesets").body()).doesNotContain("href=\"/console/reports\"");
    }

    @Test
    void badDatesAndAnUnknownReportAreEachNamedInTheErrorSummary() throws Exception {
        ConsoleSession lead = signedIn("practice-lead");

        String page = lead.get("/console/reports?report=nonsense&from-day=31&from-month=2&from-year=2026&to-day=1&to-month=&to-year=2026").body();

        assertThat(page).contains("<title>Error: ", "There is a problem", "href=\"#report\"", "Select a report",
                "href=\"#from-day\"", "The start date must be a real date", "href=\"#to-day\"", "The end date must include a month")
                .doesNotContain("id=\"figures\"");
        // What was typed stays in the boxes.
        assertThat(page).contains("id=\"from-day\" name=\"from-day\" type=\"text\" inputmode=\"numeric\" value=\"31\"");

        String backwards = lead.get("/console/reports?report=triage&from-day=2&from-month=11&from-year=2026&to-day=1&to-month=11&to-year=2026").body();
        assertThat(backwards).contains("href=\"#from-day\"", "The start date must be the same as or before the end date");
    }

    @Test
    void theCsvDownloadIsTheReportsBeansReportAsTheApiWritesIt() throws Exception {
        assertThat(writer.flush(10_000)).isTrue();
        LocalDate today = LocalDate.now(clock);
        new Http(port).post("/v1/decisions/triage", """
                {"caseReference": "CONSOLE-REPORT", "contactReceivedAt": "2026-11-20T09:15:00Z", "routeOfAccess": "COMMUNITY",
                 "presentingRisks": ["RECENT_FALL"], "appearsToHaveCareAndSupportNeeds": "YES", "urgentNeed": "NO"}""", Http.CLIENT);
        assertThat(writer.flush(10_000)).isTrue();
        ConsoleSession auditor = signedIn("auditor");

        HttpResponse<String> csv = auditor.get("/console/reports/triage.csv?from=" + today.minusDays(3) + "&to=" + today);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"triage-" + today.minusDays(3) + "-to-" + today + ".csv\"");
        Reports.Report expected = reports.triage(today.minusDays(3), today, null);
        assertThat((Long) expected.figures().get("contacts")).isPositive();
        assertThat(csv.body()).isEqualTo(ReportCsv.write(expected)).startsWith("measure,by,count\ncontacts,,").contains("contactsByRouteOfAccess,COMMUNITY,");
        assertThat(auditor.get("/console/reports/nonsense.csv?from=" + today + "&to=" + today).statusCode()).isEqualTo(404);
    }
}
