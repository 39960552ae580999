package uk.caredecisions.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.caredecisions.BundledRuleSet;
import uk.caredecisions.Workbooks;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.engine.RuleSetBuilder;
import uk.caredecisions.engine.RuleSetSource;

/** A practice lead edits a table; the impact report names exactly the scenarios it changes. */
class ImpactTest {

    private static final ScenarioLibrary LIBRARY = ScenarioLibrary.load(BundledRuleSet.repoRoot().resolve("test-scenarios"));

    private static RuleSet edited(String workbook, String sheet, String cell, Object value) {
        RuleSetSource source = BundledRuleSet.source();
        return new RuleSetBuilder().build(source.withWorkbook(workbook, Workbooks.edit(source.workbooks().get(workbook), sheet, cell, value))
                .as("2027.01.1", LocalDate.of(2027, 1, 1)));
    }

    @Test
    void raisingTheAdultFluctuationMinimumChangesExactlyTheScenariosWithAPeriodUnderTheNewMinimum() {
        RuleSet after = edited("adult-eligibility.drl.xlsx", "Settings", "C9", 100);
        ImpactReport report = new Impact().compare(LIBRARY.scenarios(), BundledRuleSet.get(), after);

        // Every adult scenario whose fluctuating needs were considered over fewer than 100 days, and no other.
        List<String> underTheNewMinimum = LIBRARY.scenarios().stream()
                .filter(s -> s.decision().equals("adult-eligibility"))
                .filter(s -> "YES".equals(s.request().path("needsFluctuate").asText())
                        && s.request().path("fluctuationPeriodConsideredDays").isInt()
                        && s.request().path("fluctuationPeriodConsideredDays").asInt() < 100)
                .map(Scenario::id).toList();
        assertThat(underTheNewMinimum).contains("adult-eligibility/12-fluctuating-needs-short-period-warning.yaml",
                "adult-eligibility/13-fluctuating-needs-long-enough.yaml",
                "adult-eligibility/29-fluctuating-needs-over-the-minimum-with-one-outcome-failing-is-not-eligible.yaml");
        assertThat(report.changed()).extracting(ImpactReport.Change::id).containsExactlyInAnyOrderElementsOf(underTheNewMinimum);
        // At the old minimum one failing outcome was decided; under the new one the period is asked for.
        ImpactReport.Change atOldMinimum = report.changed().stream().filter(c -> c.id().contains("/29-")).findFirst().orElseThrow();
        assertThat(atOldMinimum.outcomeBefore()).isEqualTo("NOT_ELIGIBLE");
        assertThat(atOldMinimum.outcomeAfter()).isEqualTo("INSUFFICIENT_INFORMATION");
        ImpactReport.Change longEnough = report.changed().stream().filter(c -> c.id().contains("/13-")).findFirst().orElseThrow();
        assertThat(longEnough.outcomeBefore()).isEqualTo(longEnough.outcomeAfter());
        assertThat(longEnough.differences()).anySatisfy(d -> assertThat(d).startsWith("warnings"));
        assertThat(longEnough.expectationStillMet()).isFalse(); // scenario 13 expects no warnings
        assertThat(report.toText()).contains(underTheNewMinimum.size() + " of " + LIBRARY.scenarios().size());
    }

    @Test
    void rewordingTheEligibleSentenceChangesEveryEligibleAdultScenarioAndNothingElse() {
        RuleSet after = edited("adult-eligibility.drl.xlsx", "Wording", "C25", "Determination: eligible needs.");
        ScenarioRunner runner = new ScenarioRunner();
        List<String> eligibleAdults = LIBRARY.scenarios().stream()
                .filter(s -> s.decision().equals("adult-eligibility"))
                .filter(s -> "ELIGIBLE".equals(runner.runOne(s, BundledRuleSet.get(), new HashMap<>()).actualOutcome()))
                .map(Scenario::id).toList();

        ImpactReport report = new Impact().compare(LIBRARY.scenarios(), BundledRuleSet.get(), after);

        assertThat(eligibleAdults).isNotEmpty();
        assertThat(report.changed()).extracting(ImpactReport.Change::id).containsExactlyInAnyOrderElementsOf(eligibleAdults);
        assertThat(report.changed()).allSatisfy(c -> {
            assertThat(c.outcomeAfter()).isEqualTo(c.outcomeBefore());
            assertThat(c.differences()).anySatisfy(d -> assertThat(d).contains("'Determination: eligible needs.'"));
        });
    }

    @Test
    void theSameRuleSetHasNoImpact() {
        assertThat(new Impact().compare(LIBRARY.scenarios(), BundledRuleSet.get(), BundledRuleSet.get()).changed()).isEmpty();
    }
}
