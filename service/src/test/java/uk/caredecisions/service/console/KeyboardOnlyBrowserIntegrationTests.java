package uk.caredecisions.service.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.caredecisions.service.rulesets.LifecycleIntegrationTest;
import uk.caredecisions.service.rulesets.RuleSetPublisher;
import uk.caredecisions.service.rulesets.RuleSets;

/**
 * The practice lead's and the trainer's core steps with the keyboard alone (Tab, Shift+Tab, arrows,
 * Enter, Space sent to whatever has focus; nothing clicked): every element Tab reaches shows a
 * visible focus indicator, the skip link is the first stop and takes focus to the main content,
 * an error summary takes focus and its link takes it to the field. axe-core runs on every page.
 */
@LifecycleIntegrationTest
@Tag("browser")
@Tag("slow")
class KeyboardOnlyBrowserIntegrationTests {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final String SCENARIO = "Fluctuating needs considered over 20 days fall short of the local 28-day minimum";

    @LocalServerPort
    int port;
    @Autowired
    Clock clock;
    @Autowired
    RuleSetPublisher publisher;
    @Autowired
    RuleSets ruleSets;

    @BeforeAll
    static void chromedriverIsInstalled() {
        Browser.assumeInstalled();
    }

    /** From a page just loaded: Tab, the skip link shows, Enter, and focus is on the main content. */
    private static void skipToMainContent(Browser browser) {
        browser.press(Keys.TAB);
        assertThat(browser.focused().getText()).isEqualTo("Skip to main content");
        assertThat(browser.focused().isDisplayed()).isTrue();
        assertThat(browser.focusIndicator()).isNotEmpty();
        browser.press(Keys.ENTER);
        assertThat(browser.focusedId()).isEqualTo("main-content");
    }

    private static void signIn(Browser browser, String user, String password) {
        assertThat(browser.path()).isEqualTo("/sign-in");
        skipToMainContent(browser);
        browser.tabTo("username");
        browser.press(user);
        browser.tabTo("password");
        browser.press(password);
        browser.pressForNextPage(Keys.ENTER);
    }

    @Test
    void aPracticeLeadSignsInOpensAStagedRuleSetAndActivatesItFromADateWithTheKeyboardAlone() {
        String version = "keys-" + UUID.randomUUID().toString().substring(0, 8);
        // The live content, far beyond the dates other tests sharing this service decide on: no other test's decision changes.
        LocalDate stagedFor = LocalDate.now(clock).plusYears(38);
        LocalDate chosen = stagedFor.plusYears(1).withDayOfMonth(1);
        publisher.stage(version, stagedFor, Map.of(), Set.of(), "practice-lead");

        try (Browser browser = new Browser(port, "keyboard-practice-lead")) {
            browser.open("/console/rulesets");
            signIn(browser, "practice-lead", "practice-lead-secret");
            assertThat(browser.heading()).isEqualTo("Rule sets");

            skipToMainContent(browser);
            browser.tabToLink(version);
            browser.pressForNextPage(Keys.ENTER);
            assertThat(browser.heading()).isEqualTo(version);
            browser.check("staged-version");

            // The radios: Tab reaches the chosen one, the arrows move the choice, and "another date" reveals its boxes.
            browser.tabTo("when");
            browser.press(Keys.ARROW_DOWN);
            browser.press(Keys.ARROW_DOWN);
            assertThat(browser.focusedId()).isEqualTo("when-date");
            assertThat(browser.focused().isSelected()).isTrue();
            browser.tabTo("activate-from-day");
            browser.press("31");
            browser.tabTo("activate-from-month");
            browser.press("2");
            browser.tabTo("activate-from-year");
            browser.press(String.valueOf(chosen.getYear()));
            browser.tabTo("activate");
            browser.tabTo(e -> "activate-from-year".equals(e.getAttribute("id")), "back to the year", true, 5);
            browser.tabTo("activate");
            browser.pressForNextPage(Keys.ENTER);

            // 31 February: the error summary takes focus, and its link takes focus to the day box.
            assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText()).contains("The date it decides from must be a real date");
            browser.waitUntil(() -> browser.focused().getAttribute("class").contains("govuk-error-summary"));
            browser.check("activate-bad-date");
            browser.tabTo(e -> "#activate-from-day".equals(e.getDomAttribute("href")), "the error's link", false, 5);
            browser.press(Keys.ENTER);
            assertThat(browser.focusedId()).isEqualTo("activate-from-day");
            browser.retype(String.valueOf(chosen.getDayOfMonth()));
            browser.tabTo("activate-from-month");
            browser.retype(String.valueOf(chosen.getMonthValue()));
            browser.tabTo("activate");
            browser.pressForNextPage(Keys.SPACE);

            assertThat(browser.find(By.id("activated-message")).getText()).contains("is activated", DAY.format(chosen));
            assertThat(browser.find(By.id("status")).getText()).isEqualTo("SCHEDULED");
            assertThat(browser.find(By.id("activated-from")).getText()).isEqualTo(DAY.format(chosen));
            browser.check("activated-from-a-date");
        }
        assertThat(ruleSets.inForceOn(chosen.minusDays(1)).version()).isNotEqualTo(version);
        assertThat(ruleSets.inForceOn(chosen).version()).isEqualTo(version);
    }

    @Test
    void aTrainerSignsInOpensAScenarioRevealsItAndDoesAWhatIfWithTheKeyboardAlone() {
        try (Browser browser = new Browser(port, "keyboard-trainer")) {
            browser.open("/console/scenarios");
            signIn(browser, "trainer", "trainer-secret");
            assertThat(browser.heading()).isEqualTo("Scenario library");

            skipToMainContent(browser);
            browser.tabToLink(SCENARIO);
            browser.pressForNextPage(Keys.ENTER);
            assertThat(browser.text()).contains("What would you decide?");

            // "Reveal the decision" is a link drawn as a button: Space presses it, as it would a button.
            browser.tabTo("reveal");
            browser.pressForNextPage(Keys.SPACE);
            assertThat(browser.find(By.id("decision")).getText()).contains("ELIGIBLE");
            browser.check("keyboard-revealed");

            browser.tabTo("what-if");
            browser.pressForNextPage(Keys.ENTER);
            assertThat(browser.heading()).isEqualTo("What if?");
            browser.tabTo("fluctuationPeriodConsideredDays");
            browser.retype("28");
            browser.tabTo("decide-again");
            browser.pressForNextPage(Keys.ENTER);
            assertThat(browser.find(By.id("what-if-outcome")).getText()).contains("ELIGIBLE");
            assertThat(browser.find(By.id("warnings-gone")).getText()).contains("considered over 20 days");
            browser.check("keyboard-what-if");
        }
    }

    @Test
    void theConsolesErrorPagesAreGovUkPagesThatPassAxe() {
        try (Browser browser = new Browser(port, "console-errors")) {
            browser.open("/console/changes/new");
            signIn(browser, "practice-lead", "practice-lead-secret");
            assertThat(browser.heading()).isEqualTo("Propose a change");

            browser.choose("workbooks", "adult-eligibility.drl.xlsx", new byte[6 * 1024 * 1024]);
            browser.submit(By.id("check"));
            assertThat(browser.heading()).isEqualTo("Propose a change");
            assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText()).contains("The selected file must be smaller than 2 MB");
            browser.check("upload-too-large");

            browser.open("/console/no-such-page");
            assertThat(browser.heading()).isEqualTo("Page not found");
            browser.check("not-found");
        }
    }
}
