package uk.caredecisions.service.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.engine.RuleSetSource;
import uk.caredecisions.service.Http;
import uk.caredecisions.service.receipts.ImpactRuns;
import uk.caredecisions.service.receipts.ReceiptWriter;
import uk.caredecisions.service.rulesets.LifecycleIntegrationTest;
import uk.caredecisions.service.rulesets.RuleSets;

/**
 * The impact of a staged version on real history, from its page: two adults decided over the API,
 * then a version whose minimum period for fluctuating needs is 100 days instead of 28. Only the adult
 * whose needs were considered over 30 days is decided differently. The decisions are dated on a day
 * of their own (asOf), so no other test's receipts are counted. Screenshots {@code history-impact-*}.
 */
@LifecycleIntegrationTest
class ConsoleHistoryImpactIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    RuleSets ruleSets;

    @Autowired
    ReceiptWriter writer;

    @Autowired
    @Qualifier(ImpactRuns.QUEUE)
    ExecutorService runs;

    private static String adult(String ref, LocalDate asOf, int periodDays) {
        return """
                {"caseReference": "%s", "asOf": "%s", "needsFromImpairmentOrIllness": "YES",
                 "outcomes": {"NUTRITION": {"unableWithoutAssistance": true}},
                 "significantImpactOnWellbeing": "YES", "needsFluctuate": "YES", "fluctuationPeriodConsideredDays": %d}"""
                .formatted(ref, asOf, periodDays);
    }

    private String stageHundredDays(LocalDate asOf) throws Exception {
        String version = "history-" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffL);
        RuleSetSource live = ruleSets.inForceOn(asOf).source();
        byte[] edited = uk.caredecisions.service.rulesets.Http.withCell(live.workbooks().get("adult-eligibility.drl.xlsx"), "Settings", "C9", 100);
        // Staged in this replica's library only: it decides nothing, and the page needs no more than that.
        RuleSet hundredDays = ruleSets.build(live.as(version, live.effectiveFrom()).withWorkbook("adult-eligibility.drl.xlsx", edited));
        ruleSets.library().stage(hundredDays);
        return version;
    }

    @Test
    @Tag("browser")
    @Tag("slow")
    void aPracticeLeadSeesTheOneRecordedDecisionAThresholdEditWouldChangeWithBothExplanations() throws Exception {
        Browser.assumeInstalled();
        LocalDate asOf = LocalDate.of(2019, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(2000));
        String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xfffffL);
        Http api = new Http(port);
        Http.Response thirty = api.post("/v1/decisions/adult-eligibility", adult("HI-30-" + suffix, asOf, 30), Http.CLIENT);
        Http.Response longer = api.post("/v1/decisions/adult-eligibility", adult("HI-110-" + suffix, asOf, 110), Http.CLIENT);
        assertThat(thirty.status()).as(thirty.body()).isEqualTo(200);
        assertThat(longer.status()).as(longer.body()).isEqualTo(200);
        assertThat(writer.flush(10_000)).isTrue();
        String version = stageHundredDays(asOf);

        try (Browser browser = new Browser(port, "history-impact")) {
            browser.open("/console/rulesets/" + version + "/history-impact");
            browser.type("username", "practice-lead");
            browser.type("password", "practice-lead-secret");
            browser.submit(By.id("sign-in"));
            assertThat(browser.heading()).isEqualTo("Impact on real history");

            browser.type("from-day", "");
            browser.submit(By.id("run"));
            assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText()).contains("The start date must include a day");
            browser.check("bad-date");

            for (String box : new String[] {"from", "to"}) {
                browser.type(box + "-day", String.valueOf(asOf.getDayOfMonth()));
                browser.type(box + "-month", String.valueOf(asOf.getMonthValue()));
                browser.type(box + "-year", String.valueOf(asOf.getYear()));
            }
            // Another run holds the replica's turn, so this one is seen waiting, then deciding, then done.
            CountDownLatch otherRun = new CountDownLatch(1);
            runs.execute(() -> {
                try {
                    otherRun.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            browser.submit(By.id("run"));
            assertThat(browser.find(By.id("progress-text")).getText()).isEqualTo("0 of 2 decisions decided again (0%)");
            assertThat(browser.find(By.id("refresh")).getAttribute("href")).endsWith(browser.path());
            browser.check("progress");
            otherRun.countDown();
            assertThat(browser.find(By.id("impact-summary")).getText()).isEqualTo("1 of 2 decisions would be decided differently");
            assertThat(browser.all(By.id("progress"))).isEmpty();
            assertThat(browser.find(By.cssSelector("tr[data-pair='NOT_ELIGIBLE -> INSUFFICIENT_INFORMATION'] td:last-child")).getText()).isEqualTo("1");
            String sample = browser.find(By.cssSelector("[data-decision='" + thirty.json().path("decisionId").asText() + "']")).getText();
            assertThat(sample).contains("HI-30-" + suffix, "Reasons then", "Reasons under this version");
            assertThat(browser.all(By.cssSelector("[data-decision='" + longer.json().path("decisionId").asText() + "']"))).isEmpty();
            browser.check("result");
        }
    }

    @Test
    void aTrainerIsRefusedTheRunAndAnUnknownKindOfDecisionIsNamed() throws Exception {
        String version = stageHundredDays(LocalDate.of(2019, 1, 1));
        ConsoleSession trainer = new ConsoleSession(port);
        trainer.signIn("trainer", "trainer-secret");
        assertThat(trainer.get("/console/rulesets/" + version + "/history-impact").statusCode()).isEqualTo(403);
        assertThat(trainer.get("/console/rulesets/" + version).body()).doesNotContain("id=\"history-impact\"");

        ConsoleSession lead = new ConsoleSession(port);
        lead.signIn("practice-lead", "practice-lead-secret");
        String form = lead.get("/console/rulesets/" + version + "/history-impact").body();
        String page = lead.postForm("/console/rulesets/" + version + "/history-impact", "_csrf", ConsoleSession.csrf(form), "type", "NONSENSE",
                "from-day", "1", "from-month", "2", "from-year", "2019", "to-day", "1", "to-month", "1", "to-year", "2019").body();
        assertThat(page).contains("<title>Error: ", "href=\"#type\"", "Select the kind of decision", "href=\"#from-day\"",
                "The start date must be the same as or before the end date").doesNotContain("id=\"impact-summary\"");
    }

    @Test
    void aRunHasItsOwnPageWithItsProgressForAPracticeLeadOnlyAndAnUnknownRunIsNotFound() throws Exception {
        LocalDate asOf = LocalDate.of(2015, 5, 1).plusDays(ThreadLocalRandom.current().nextInt(1000));
        Http.Response decided = new Http(port).post("/v1/decisions/adult-eligibility", adult("HI-RUN", asOf, 30), Http.CLIENT);
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(writer.flush(10_000)).isTrue();
        String version = stageHundredDays(asOf);
        ConsoleSession lead = new ConsoleSession(port);
        lead.signIn("practice-lead", "practice-lead-secret");
        String form = lead.get("/console/rulesets/" + version + "/history-impact").body();
        String day = String.valueOf(asOf.getDayOfMonth());
        String month = String.valueOf(asOf.getMonthValue());
        String year = String.valueOf(asOf.getYear());
        var started = lead.postForm("/console/rulesets/" + version + "/history-impact", "_csrf", ConsoleSession.csrf(form), "type", "",
                "from-day", day, "from-month", month, "from-year", year, "to-day", day, "to-month", month, "to-year", year);
        assertThat(started.statusCode()).isEqualTo(302);
        String page = java.net.URI.create(started.headers().firstValue("Location").orElseThrow()).getPath();
        assertThat(page).startsWith("/console/rulesets/" + version + "/history-impact/runs/");

        String progress = "";
        for (int i = 0; i < 300 && !progress.contains("\"done\":true"); i++) {
            Thread.sleep(100);
            progress = lead.get(page + "/progress").body();
        }
        assertThat(progress).contains("\"decided\":1", "\"total\":1", "\"percent\":100", "\"done\":true");
        assertThat(lead.get(page).body()).contains("id=\"impact-summary\"").doesNotContain("id=\"progress\"");

        ConsoleSession trainer = new ConsoleSession(port);
        trainer.signIn("trainer", "trainer-secret");
        assertThat(trainer.get(page).statusCode()).isEqualTo(403);
        assertThat(trainer.get(page + "/progress").statusCode()).isEqualTo(403);
        var unknown = lead.get("/console/rulesets/" + version + "/history-impact/runs/no-such-run");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("There is no run no-such-run");
    }
}
