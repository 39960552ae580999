package uk.caredecisions.rulesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.caredecisions.BundledRuleSet;
import uk.caredecisions.Workbooks;
import uk.caredecisions.common.Reason;
import uk.caredecisions.common.TriState;
import uk.caredecisions.eligibility.AdultEligibilityRequest;
import uk.caredecisions.eligibility.AdultOutcome;
import uk.caredecisions.eligibility.Eligibility;
import uk.caredecisions.eligibility.OutcomeDifficulty;
import uk.caredecisions.engine.DecisionContext;
import uk.caredecisions.engine.DecisionEngine;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.engine.RuleSetBuilder;
import uk.caredecisions.engine.RuleSetException;
import uk.caredecisions.engine.RuleSetSource;

/** A practice lead's edit to a workbook changes the next answer, with no Java change. */
class TableEditTest {

    private static final String WORKBOOK = "adult-eligibility.drl.xlsx";
    private final Eligibility eligibility = new Eligibility(new DecisionEngine());

    private RuleSet withEdit(String sheet, String cell, Object value) {
        RuleSetSource bundled = BundledRuleSet.source();
        byte[] edited = Workbooks.edit(bundled.workbooks().get(WORKBOOK), sheet, cell, value);
        return new RuleSetBuilder().build(bundled.withWorkbook(WORKBOOK, edited).as("edited", LocalDate.of(2015, 4, 1)));
    }

    private AdultEligibilityRequest fluctuatingOver(int days) {
        return new AdultEligibilityRequest("E-1", null, TriState.YES,
                Map.of(AdultOutcome.NUTRITION, new OutcomeDifficulty(true, null, null, null),
                        AdultOutcome.PERSONAL_HYGIENE, new OutcomeDifficulty(true, null, null, null)),
                TriState.YES, null, null, TriState.YES, days);
    }

    @Test
    void raisingTheFluctuationMinimumFlagsAPeriodThatWasEnoughBefore() {
        var before = eligibility.decideAdult(fluctuatingOver(42), BundledRuleSet.context());
        assertThat(before.warnings()).isEmpty();

        RuleSet edited = withEdit("Settings", "C9", 56);
        var after = eligibility.decideAdult(fluctuatingOver(42), DecisionContext.of(edited, LocalDate.of(2026, 11, 22)));
        assertThat(after.warnings()).extracting(Reason::code).containsExactly("FLUCTUATION_PERIOD_TOO_SHORT");
        assertThat(after.warnings().get(0).text()).contains("at least 56 days");
        assertThat(edited.sha256()).isNotEqualTo(BundledRuleSet.get().sha256());
    }

    @Test
    void aRewordedRecordSentenceAppearsInTheNextAnswer() {
        RuleSet edited = withEdit("Wording", "C25", "Decision: your needs are eligible for care and support.");
        var d = eligibility.decideAdult(fluctuatingOver(90), DecisionContext.of(edited, LocalDate.of(2026, 11, 22)));
        assertThat(d.reasons()).filteredOn(r -> r.code().equals("ELIGIBLE")).extracting(Reason::text)
                .containsExactly("Decision: your needs are eligible for care and support.");
        assertThat(d.details().record()).contains("Decision: your needs are eligible for care and support.");
    }

    @Test
    void aCellHoldingCodeIsRefusedWithItsSheetAndCellBeforeDroolsSeesIt() {
        assertThatThrownBy(() -> withEdit("Wording", "C25", "x\"); System.exit(1); //"))
                .isInstanceOf(RuleSetException.class)
                .satisfies(e -> assertThat(((RuleSetException) e).problems())
                        .anySatisfy(p -> assertThat(p.location()).isEqualTo("adult-eligibility.drl.xlsx!Wording!C25")));
    }

    @Test
    void aNumberCellHoldingAnExpressionIsRefused() {
        assertThatThrownBy(() -> withEdit("Settings", "C9", "28 + java.lang.Runtime.getRuntime().availableProcessors()"))
                .isInstanceOf(RuleSetException.class)
                .satisfies(e -> assertThat(((RuleSetException) e).problems())
                        .anySatisfy(p -> assertThat(p.location()).isEqualTo("adult-eligibility.drl.xlsx!Settings!C9")));
    }

    @Test
    void aNextStepForAnUnknownDeterminationIsRefusedAgainstTheAllowedCodes() {
        assertThatThrownBy(() -> withEdit("NextSteps", "C9", "MAYBE_ELIGIBLE"))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("adult-eligibility.drl.xlsx!NextSteps!C9")
                .hasMessageContaining("allowed-codes");
    }
}
