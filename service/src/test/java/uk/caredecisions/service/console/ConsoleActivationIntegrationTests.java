package uk.caredecisions.service.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.caredecisions.rulesets.RuleSetLibrary;
import uk.caredecisions.service.rulesets.LifecycleIntegrationTest;
import uk.caredecisions.service.rulesets.RuleSetPublisher;
import uk.caredecisions.service.rulesets.RuleSets;

/** Activating a staged version from the console from the date it was staged with or another chosen then, over real HTTP. */
@LifecycleIntegrationTest
class ConsoleActivationIntegrationTests {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @LocalServerPort
    int port;
    @Autowired
    Clock clock;
    @Autowired
    RuleSetPublisher publisher;
    @Autowired
    RuleSets ruleSets;

    private String version;
    private LocalDate stagedFor;
    private ConsoleSession lead;

    @BeforeEach
    void aPracticeLeadStagesAVersion() throws Exception {
        version = "when-" + UUID.randomUUID().toString().substring(0, 8);
        // The live content, far beyond the dates other tests sharing this service decide on: no other test's decision changes.
        stagedFor = LocalDate.now(clock).plusYears(37);
        publisher.stage(version, stagedFor, Map.of(), Set.of(), "practice-lead");
        lead = new ConsoleSession(port);
        lead.signIn("practice-lead", "practice-lead-secret");
    }

    private HttpResponse<String> activate(String... fields) throws Exception {
        String csrf = ConsoleSession.csrf(lead.get("/console/rulesets/" + version).body());
        String[] all = new String[fields.length + 2];
        System.arraycopy(fields, 0, all, 0, fields.length);
        all[fields.length] = "_csrf";
        all[fields.length + 1] = csrf;
        return lead.postForm("/console/rulesets/" + version + "/activate", all);
    }

    @Test
    void theStagedVersionsPageOffersItsStagedDateTodayOrAnotherDate() throws Exception {
        String page = lead.get("/console/rulesets/" + version).body();

        assertThat(page).contains("Activate: when does it decide from?", DAY.format(stagedFor), "the date it was staged with",
                "id=\"when\"", "value=\"staged\"", "id=\"when-today\"", "id=\"when-date\"", "id=\"activate-from-day\"", "id=\"activate\"");
        assertThat(page).containsPattern("id=\"when\" name=\"when\" type=\"radio\" value=\"staged\" checked");
    }

    @Test
    void fromAnotherDateItIsScheduledFromThatDateAndThePageSaysWhoChoseWhich() throws Exception {
        LocalDate chosen = stagedFor.plusYears(1).withDayOfMonth(1);

        HttpResponse<String> sent = activate("when", "date", "activate-from-day", String.valueOf(chosen.getDayOfMonth()),
                "activate-from-month", String.valueOf(chosen.getMonthValue()), "activate-from-year", String.valueOf(chosen.getYear()));

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        String page = lead.get("/console/rulesets/" + version).body();
        assertThat(page).contains("is activated: it decides", DAY.format(chosen), "SCHEDULED")
                .containsPattern("id=\"activated-from\">" + DAY.format(chosen) + "<")
                .containsPattern("id=\"staged-from\">" + DAY.format(stagedFor) + "<");
        assertThat(ruleSets.library().status(version, LocalDate.now(clock))).isEqualTo(RuleSetLibrary.Status.SCHEDULED);
        assertThat(ruleSets.inForceOn(chosen.minusDays(1)).version()).isNotEqualTo(version);
        assertThat(ruleSets.inForceOn(chosen).version()).isEqualTo(version);
    }

    @Test
    void aDateThatIsNotOneOrIsPastIsAnErrorSummaryLinkedToTheDayBoxAndNothingIsActivated() throws Exception {
        HttpResponse<String> impossible = activate("when", "date", "activate-from-day", "31", "activate-from-month", "2", "activate-from-year", "2070");
        assertThat(impossible.statusCode()).isEqualTo(400);
        assertThat(impossible.body()).contains("<title>Error: ", "There is a problem", "href=\"#activate-from-day\"",
                        "The date it decides from must be a real date", "govuk-input--error")
                .containsPattern("value=\"date\"[^>]*checked");

        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        HttpResponse<String> past = activate("when", "date", "activate-from-day", String.valueOf(yesterday.getDayOfMonth()),
                "activate-from-month", String.valueOf(yesterday.getMonthValue()), "activate-from-year", String.valueOf(yesterday.getYear()));
        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(past.body()).contains("href=\"#activate-from-day\"", "must be today");

        HttpResponse<String> blank = activate("when", "date");
        assertThat(blank.body()).contains("href=\"#activate-from-day\"", "Enter the date it decides from");
        assertThat(ruleSets.library().status(version, LocalDate.now(clock))).isEqualTo(RuleSetLibrary.Status.STAGED);
    }
}
