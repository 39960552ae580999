package uk.caredecisions.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.caredecisions.common.TriState.NO;
import static uk.caredecisions.common.TriState.UNKNOWN;
import static uk.caredecisions.common.TriState.YES;
import static uk.caredecisions.eligibility.AdultEligibilityTest.DANGER;
import static uk.caredecisions.eligibility.AdultEligibilityTest.LONGER;
import static uk.caredecisions.eligibility.AdultEligibilityTest.PAIN;
import static uk.caredecisions.eligibility.AdultEligibilityTest.UNABLE;
import static uk.caredecisions.eligibility.AdultEligibilityTest.codes;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.caredecisions.BundledRuleSet;
import uk.caredecisions.common.ConditionStatus;
import uk.caredecisions.common.Decision;
import uk.caredecisions.common.Missing;
import uk.caredecisions.common.NextStep;
import uk.caredecisions.common.TriState;
import uk.caredecisions.engine.DecisionEngine;

/** Regulation 3 through the real compiled rules and the bundled workbooks. */
class CarerEligibilityTest {

    private final Eligibility eligibility = new Eligibility(new DecisionEngine());

    Decision<EligibilityDetails> decide(TriState care, TriState health, Map<CarerOutcome, OutcomeDifficulty> outcomes, TriState impact) {
        return eligibility.decideCarer(new CarerEligibilityRequest("C-1", null, care, health, outcomes, impact, NO, null),
                BundledRuleSet.context());
    }

    @ParameterizedTest
    @EnumSource(CarerOutcome.class)
    void anyOneOutcomeNotAchievedIsEnoughForACarer(CarerOutcome outcome) {
        var d = decide(YES, NO, Map.of(outcome, UNABLE), YES);
        assertThat(d.outcome()).isEqualTo("ELIGIBLE");
        assertThat(d.details().outcomesNotAchieved()).containsExactly(outcome.name());
    }

    @Test
    void significantPainDistressOrAnxietyIsALimbForCarers() {
        assertThat(decide(YES, NO, Map.of(CarerOutcome.HABITABLE_HOME, PAIN), YES).outcome()).isEqualTo("ELIGIBLE");
    }

    @Test
    void endangeringHealthOrSafetyIsALimbForCarers() {
        assertThat(decide(YES, NO, Map.of(CarerOutcome.CARING_FOR_OTHERS, DANGER), YES).outcome()).isEqualTo("ELIGIBLE");
    }

    @Test
    void takingSignificantlyLongerIsNotALimbForCarersAndTheReasonsSaySo() {
        var d = decide(YES, NO, Map.of(CarerOutcome.NUTRITION, LONGER), YES);
        assertThat(d.outcome()).isEqualTo("NOT_ELIGIBLE");
        assertThat(d.details().outcomesNotAchieved()).isEmpty();
        assertThat(d.reasons()).filteredOn(r -> r.code().equals("TAKES_LONGER_NOT_A_CARER_LIMB")).singleElement()
                .satisfies(r -> {
                    assertThat(r.subject()).isEqualTo("NUTRITION");
                    assertThat(r.text()).contains("not a ground for carers");
                    assertThat(r.legalBasis()).endsWith("reg 3(3)");
                });
    }

    @Test
    void takingLongerAlongsideARealLimbCountsTheRealLimbOnly() {
        var d = decide(YES, NO, Map.of(CarerOutcome.NUTRITION, new OutcomeDifficulty(null, true, null, true)), YES);
        assertThat(d.outcome()).isEqualTo("ELIGIBLE");
        assertThat(codes(d.reasons())).doesNotContain("TAKES_LONGER_NOT_A_CARER_LIMB", "TAKES_SIGNIFICANTLY_LONGER");
    }

    @Test
    void healthDeterioratingMeetsConditionTwoWithoutAnyOutcome() {
        var d = decide(YES, YES, Map.of(), YES);
        assertThat(d.outcome()).isEqualTo("ELIGIBLE");
        assertThat(d.details().conditions()).containsEntry("healthOrOutcomes", ConditionStatus.MET);
        assertThat(codes(d.reasons())).contains("HEALTH_DETERIORATING");
    }

    @Test
    void noNecessaryCareFailsConditionOne() {
        var d = decide(NO, YES, Map.of(), YES);
        assertThat(d.outcome()).isEqualTo("NOT_ELIGIBLE");
        assertThat(d.reasons()).filteredOn(r -> r.code().equals("NOT_ELIGIBLE")).singleElement()
                .satisfies(r -> assertThat(r.text()).contains("condition 1"));
    }

    @Test
    void healthFineAndEveryOutcomeAchievedFailsConditionTwo() {
        var d = decide(YES, NO, Map.of(), YES);
        assertThat(d.outcome()).isEqualTo("NOT_ELIGIBLE");
        assertThat(d.details().conditions()).containsEntry("healthOrOutcomes", ConditionStatus.NOT_MET);
    }

    @Test
    void noSignificantImpactFailsConditionThree() {
        var d = decide(YES, YES, Map.of(), NO);
        assertThat(d.outcome()).isEqualTo("NOT_ELIGIBLE");
        assertThat(d.details().nextSteps()).extracting(NextStep::code).containsExactly("WRITTEN_ADVICE_AND_INFORMATION", "PREVENTION_SERVICES");
    }

    @Test
    void unknownHealthMattersOnlyWhenNoOutcomeIsNotAchieved() {
        var unknownMatters = decide(YES, UNKNOWN, Map.of(), YES);
        assertThat(unknownMatters.outcome()).isEqualTo("INSUFFICIENT_INFORMATION");
        assertThat(unknownMatters.missing()).extracting(Missing::field).containsExactly("healthDeterioratingOrAtRisk");

        var unknownIrrelevant = decide(YES, UNKNOWN, Map.of(CarerOutcome.RECREATIONAL_ACTIVITIES, UNABLE), YES);
        assertThat(unknownIrrelevant.outcome()).isEqualTo("ELIGIBLE");
        assertThat(unknownIrrelevant.missing()).isEmpty();
    }

    @Test
    void unknownNecessaryCareDoesNotBlockNotEligibleWhenImpactIsAbsent() {
        var d = decide(UNKNOWN, YES, Map.of(), NO);
        assertThat(d.outcome()).isEqualTo("NOT_ELIGIBLE");
        assertThat(d.missing()).isEmpty();
    }

    @Test
    void unknownNecessaryCareMattersWhenEverythingElseIsMet() {
        var d = decide(UNKNOWN, YES, Map.of(), YES);
        assertThat(d.outcome()).isEqualTo("INSUFFICIENT_INFORMATION");
        assertThat(d.missing()).extracting(Missing::field).containsExactly("providesNecessaryCare");
    }

    @Test
    void theCarerRecordNamesRegulationThree() {
        var d = decide(YES, NO, Map.of(CarerOutcome.HABITABLE_HOME, PAIN), YES);
        assertThat(d.details().record()).startsWith("Record of carer's eligibility determination").contains("regulation 3");
        assertThat(d.decisionType()).isEqualTo("CARER_ELIGIBILITY");
    }
}
