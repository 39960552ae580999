package uk.caredecisions.service.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.caredecisions.service.Http;
import uk.caredecisions.service.receipts.ReceiptWriter;
import uk.caredecisions.service.receipts.Reports;
import uk.caredecisions.service.rulesets.LifecycleIntegrationTest;

/**
 * A practice lead's reports page in Chromium: concerns decided over the API by a case system are
 * counted on the page, figure by figure and row by row, as the test counts them from the answers.
 * Screenshots {@code reports-*} under {@code service/target/screenshots/}.
 */
@LifecycleIntegrationTest
@Tag("browser")
@Tag("slow")
class ConsoleReportsBrowserIntegrationTests {

    private static final String[] CONCERNS = {
            """
            {"caseReference": "REPORT-SG-1", "receivedAt": "2026-11-20T16:40:00Z", "careAndSupportNeeds": "YES", "abuseOrNeglect": "EXPERIENCING",
             "unableToProtectSelf": "YES", "abuseTypes": ["FINANCIAL_OR_MATERIAL"], "harm": "SIGNIFICANT", "location": "OWN_HOME",
             "sourceOfRisk": "KNOWN_TO_INDIVIDUAL", "mentalCapacity": "HAS_CAPACITY", "adultWishes": "WANTS_ACTION"}""",
            """
            {"caseReference": "REPORT-SG-2", "receivedAt": "2026-11-20T16:45:00Z", "careAndSupportNeeds": "YES", "abuseOrNeglect": "EXPERIENCING",
             "unableToProtectSelf": "YES", "abuseTypes": ["NEGLECT_AND_ACTS_OF_OMISSION"], "harm": "SIGNIFICANT", "location": "CARE_HOME_RESIDENTIAL",
             "sourceOfRisk": "SERVICE_PROVIDER", "mentalCapacity": "HAS_CAPACITY", "adultWishes": "WANTS_ACTION"}""",
            """
            {"caseReference": "REPORT-SG-3", "receivedAt": "2026-11-20T16:50:00Z", "careAndSupportNeeds": "NO", "abuseOrNeglect": "EXPERIENCING",
             "unableToProtectSelf": "YES", "abuseTypes": ["FINANCIAL_OR_MATERIAL"], "harm": "SIGNIFICANT", "location": "OWN_HOME",
             "sourceOfRisk": "KNOWN_TO_INDIVIDUAL", "mentalCapacity": "HAS_CAPACITY", "adultWishes": "WANTS_ACTION"}"""};

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Autowired
    Reports reports;

    @Autowired
    ReceiptWriter writer;

    @BeforeAll
    static void chromedriverIsInstalled() {
        Browser.assumeInstalled();
    }

    @Test
    void aPracticeLeadSeesTheConcernsJustDecidedCountedInTheSafeguardingReport() throws Exception {
        LocalDate today = LocalDate.now(clock);
        // Every receipt of the tests before this one written, so the counts before these decisions are known.
        assertThat(writer.flush(10_000)).isTrue();
        Reports.Report before = reports.safeguarding(today, today, null);
        Map<String, Long> outcomes = new HashMap<>();
        for (String concern : CONCERNS) {
            Http.Response answer = new Http(port).post("/v1/decisions/safeguarding-concern", concern, Http.CLIENT);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            outcomes.merge(answer.json().path("outcome").asText(), 1L, Long::sum);
        }
        assertThat(writer.flush(10_000)).isTrue();

        try (Browser browser = new Browser(port, "reports")) {
            browser.open("/console/reports");
            browser.type("username", "practice-lead");
            browser.type("password", "practice-lead-secret");
            browser.submit(By.id("sign-in"));
            assertThat(browser.heading()).isEqualTo("Reports");
            browser.check("choose");

            browser.type("to-day", "31");
            browser.type("to-month", "2");
            browser.submit(By.id("show"));
            assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText()).contains("The end date must be a real date");
            browser.check("bad-date");

            for (String box : new String[] {"from", "to"}) {
                browser.type(box + "-day", String.valueOf(today.getDayOfMonth()));
                browser.type(box + "-month", String.valueOf(today.getMonthValue()));
                browser.type(box + "-year", String.valueOf(today.getYear()));
            }
            browser.submit(By.id("show"));
            assertThat(browser.find(By.id("report-title")).getText()).isEqualTo("Safeguarding concerns and enquiries");

            assertThat(figure(browser, "concerns")).isEqualTo(String.valueOf((Long) before.figures().get("concerns") + CONCERNS.length));
            assertThat(figure(browser, "s42Enquiries")).isEqualTo(String.valueOf(
                    (Long) before.figures().get("s42Enquiries") + outcomes.getOrDefault("S42_ENQUIRY", 0L)));
            for (Map.Entry<String, Long> outcome : outcomes.entrySet()) {
                long was = before.counts().stream().filter(c -> c.measure().equals("concernsByOutcome") && outcome.getKey().equals(c.by()))
                        .mapToLong(Reports.Count::count).sum();
                assertThat(browser.find(By.cssSelector("table[data-breakdown=concernsByOutcome] tr[data-code='" + outcome.getKey() + "'] td:last-child"))
                        .getText()).isEqualTo(String.valueOf(was + outcome.getValue()));
            }
            long financialBefore = before.counts().stream().filter(c -> c.measure().equals("concernsByAbuseType") && "FINANCIAL_OR_MATERIAL".equals(c.by()))
                    .mapToLong(Reports.Count::count).sum();
            assertThat(browser.find(By.cssSelector("table[data-breakdown=concernsByAbuseType] tr[data-code=FINANCIAL_OR_MATERIAL] td:last-child"))
                    .getText()).isEqualTo(String.valueOf(financialBefore + 2));
            // Chart.js drew each breakdown: it sizes the canvas it takes over.
            assertThat(browser.find(By.cssSelector("canvas.console-chart")).getDomAttribute("style")).contains("box-sizing");
            assertThat(browser.find(By.id("download-csv")).getDomAttribute("href"))
                    .isEqualTo("/console/reports/safeguarding.csv?from=" + today + "&to=" + today);
            browser.check("safeguarding");
        }
    }

    private static String figure(Browser browser, String key) {
        return browser.find(By.cssSelector("[data-figure=" + key + "]")).getText();
    }
}
