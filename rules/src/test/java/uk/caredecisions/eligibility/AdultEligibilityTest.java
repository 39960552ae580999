package uk.caredecisions.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.caredecisions.common.TriState.NO;
import static uk.caredecisions.common.TriState.UNKNOWN;
import static uk.caredecisions.common.TriState.YES;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.caredecisions.BundledRuleSet;
import uk.caredecisions.common.ConditionStatus;
import uk.caredecisions.common.Decision;
import uk.caredecisions.common.Missing;
import uk.caredecisions.common.NextStep;
import uk.caredecisions.common.Reason;
import uk.caredecisions.common.TriState;
import uk.caredecisions.engine.DecisionEngine;

/** Regulation 2 through the real compiled rules and the bundled workbooks. */
class AdultEligibilityTest {

    static final OutcomeDifficulty UNABLE = new OutcomeDifficulty(true, null, null, null);
    static final OutcomeDifficulty PAIN = new OutcomeDifficulty(null, true, null, null);
    static final OutcomeDifficulty DANGER = new OutcomeDifficulty(null, null, true, null);
    static final OutcomeDifficulty LONGER = new OutcomeDifficulty(null, null, null, true);

    private final Eligibility eligibility = new Eligibility(new DecisionEngine());

    Decision<EligibilityDetails> decide(TriState impairment, Map<AdultOutcome, OutcomeDifficulty> outcomes, TriState impact) {
        return decide(impairment, outcomes, impact, NO, null);
    }

    Decision<EligibilityDetails> decide(TriState impairment, Map<AdultOutcome, OutcomeDifficulty> outcomes, TriState impact,
            TriState fluctuate, Integer days) {
        return eligibility.decideAdult(new AdultEligibilityRequest("T-1", null, impairment, outcomes, impact, null, null, fluctuate, days),
                BundledRuleSet.context());
    }

    static List<String> codes(List<Reason> reasons) {
        return reasons.stream().map(Reason::code).toList();
    }

    @Nested
    class OneOutcomeAgainstTwo {

        @Test
        void oneOutcomeNotAchievedIsNotEligibleEvenWithSignificantImpact() {
            var d = decide(YES, Map.of(AdultOutcome.NUTRITION, UNABLE), YES);
            assertThat(d.outcome()).isEqualTo("NOT_ELIGIBLE");
            assertThat(d.details().conditions()).containsEntry("outcomesNotAchieved", ConditionStatus.NOT_MET);
            assertThat(codes(d.reasons())).contains("ONLY_ONE_OUTCOME_NOT_ACHIEVED", "NOT_ELIGIBLE");
            assertThat(d.details().outcomesNotAchieved()).containsExactly("NUTRITION");
        }

        @Test
        void twoOutcomesNotAchievedWithImpairmentAndImpactIsEligible() {
            var d = decide(YES, Map.of(AdultOutcome.NUTRITION, UNABLE, AdultOutcome.TOILET_NEEDS, UNABLE), YES);
            assertThat(d.outcome()).isEqualTo("ELIGIBLE");
            assertThat(d.details().conditions().keySet()).containsExactly("impairmentOrIllness", "outcomesNotAchieved", "significantImpact");
            assertThat(d.details().conditions().values()).containsOnly(ConditionStatus.MET);
        }

        @Test
        void twoLimbsOnOneOutcomeStillCountAsOneOutcome() {
            var d = decide(YES, Map.of(AdultOutcome.NUTRITION, new OutcomeDifficulty(true, true, true, true)), YES);
            assertThat(d.outcome()).isEqualTo("NOT_ELIGIBLE");
            assertThat(d.details().outcomesNotAchieved()).containsExactly("NUTRITION");
            assertThat(codes(d.reasons())).contains("UNABLE_WITHOUT_ASSISTANCE", "SIGNIFICANT_PAIN_DISTRESS_OR_ANXIETY",
                    "ENDANGERS_HEALTH_OR_SAFETY", "TAKES_SIGNIFICANTLY_LONGER");
        }

        @Test
        void anOutcomeWithEveryLimbFalseIsAchieved() {
            var d = decide(YES, Map.of(AdultOutcome.NUTRITION, UNABLE, AdultOutcome.PERSONAL_HYGIENE, new OutcomeDifficulty(false, false, false, false)), YES);
            assertThat(d.outcome()).isEqualTo("NOT_ELIGIBLE");
        }

        @Test
        void noOutcomesNotAchievedIsNotEligible() {
            var d = decide(YES, Map.of(), YES);
            assertThat(d.outcome()).isEqualTo("NOT_ELIGIBLE");
            assertThat(codes(d.reasons())).contains("ALL_OUTCOMES_ACHIEVED");
        }

        @Test
        void outcomesAreListedInRegulationOrderWhateverTheRequestOrder() {
            Map<AdultOutcome, OutcomeDifficulty> outcomes = new java.util.LinkedHashMap<>();
            outcomes.put(AdultOutcome.CARING_FOR_A_CHILD, UNABLE);
            outcomes.put(AdultOutcome.HABITABLE_HOME, PAIN);
            outcomes.put(AdultOutcome.NUTRITION, DANGER);
            var d = decide(YES, outcomes, YES);
            assertThat(d.details().outcomesNotAchieved()).containsExactly("NUTRITION", "HABITABLE_HOME", "CARING_FOR_A_CHILD");
            Reason count = d.reasons().stream().filter(r -> r.code().equals("OUTCOMES_NOT_ACHIEVED")).findFirst().orElseThrow();
            assertThat(count.text()).contains("3 of the 10").containsSubsequence("nutrition", "habitable home", "child");
        }
    }

    @Nested
    class EachLimb {

        @ParameterizedTest
        @EnumSource(AdultOutcome.class)
        void eachOutcomeCountsWhenUnableWithoutAssistance(AdultOutcome outcome) {
            AdultOutcome other = outcome == AdultOutcome.NUTRITION ? AdultOutcome.PERSONAL_HYGIENE : AdultOutcome.NUTRITION;
            var d = decide(YES, Map.of(outcome, UNABLE, other, UNABLE), YES);
            assertThat(d.outcome()).isEqualTo("ELIGIBLE");
            assertThat(d.details().outcomesNotAchieved()).contains(outcome.name());
        }

        @Test
        void significantPainDistressOrAnxietyIsALimb() {
            assertThat(decide(YES, Map.of(AdultOutcome.NUTRITION, PAIN, AdultOutcome.PERSONAL_HYGIENE, PAIN), YES).outcome()).isEqualTo("ELIGIBLE");
        }

        @Test
        void endangeringHealthOrSafetyIsALimb() {
            assertThat(decide(YES, Map.of(AdultOutcome.USING_HOME_SAFELY, DANGER, AdultOutcome.HABITABLE_HOME, DANGER), YES).outcome()).isEqualTo("ELIGIBLE");
        }

        @Test
        void takingSignificantlyLongerIsALimbForAdults() {
            var d = decide(YES, Map.of(AdultOutcome.BEING_APPROPRIATELY_CLOTHED, LONGER, AdultOutcome.PERSONAL_HYGIENE, LONGER), YES);
            assertThat(d.outcome()).isEqualTo("ELIGIBLE");
            assertThat(d.reasons()).filteredOn(r -> r.code().equals("TAKES_SIGNIFICANTLY_LONGER"))
                    .extracting(Reason::legalBasis).containsOnly("Care and Support (Eligibility Criteria) Regulations 2015, reg 2(3)(d)");
        }
    }

    @Nested
    class EachConditionFailingFirst {

        @Test
        void noImpairmentOrIllnessFailsConditionOne() {
            var d = decide(NO, Map.of(AdultOutcome.NUTRITION, UNABLE, AdultOutcome.TOILET_NEEDS, UNABLE), YES);
            assertThat(d.outcome()).isEqualTo("NOT_ELIGIBLE");
            assertThat(d.reasons()).filteredOn(r -> r.code().equals("NOT_ELIGIBLE")).extracting(Reason::text)
                    .singleElement().asString().contains("condition 1");
            // The record still says what was found on every condition.
            assertThat(d.details().record()).contains("Condition 1 is not met", "Condition 2 is met", "Condition 3 is met");
        }

        @Test
        void oneOutcomeFailsConditionTwo() {
            var d = decide(YES, Map.of(AdultOutcome.NUTRITION, UNABLE), YES);
            assertThat(d.reasons()).filteredOn(r -> r.code().equals("NOT_ELIGIBLE")).extracting(Reason::text)
                    .singleElement().asString().contains("condition 2");
        }

        @Test
        void noSignificantImpactFailsConditionThree() {
            var d = decide(YES, Map.of(AdultOutcome.NUTRITION, UNABLE, AdultOutcome.TOILET_NEEDS, UNABLE), NO);
            assertThat(d.outcome()).isEqualTo("NOT_ELIGIBLE");
            assertThat(d.details().conditions()).containsEntry("significantImpact", ConditionStatus.NOT_MET);
            assertThat(d.reasons()).filteredOn(r -> r.code().equals("NOT_ELIGIBLE")).extracting(Reason::text)
                    .singleElement().asString().contains("condition 3");
        }

        @Test
        void theFirstFailingConditionIsNamedWhenSeveralFail() {
            var d = decide(NO, Map.of(), NO);
            assertThat(d.reasons()).filteredOn(r -> r.code().equals("NOT_ELIGIBLE")).extracting(Reason::text)
                    .singleElement().asString().contains("condition 1");
        }
    }

    @Nested
    class UnknownFacts {

        @Test
        void unknownImpairmentWithEverythingElseMetCouldChangeTheOutcome() {
            var d = decide(UNKNOWN, Map.of(AdultOutcome.NUTRITION, UNABLE, AdultOutcome.TOILET_NEEDS, UNABLE), YES);
            assertThat(d.outcome()).isEqualTo("INSUFFICIENT_INFORMATION");
            assertThat(d.missing()).extracting(Missing::field).containsExactly("needsFromImpairmentOrIllness");
            assertThat(d.details().conditions()).containsEntry("impairmentOrIllness", ConditionStatus.UNKNOWN);
        }

        @Test
        void unknownImpactWithEverythingElseMetCouldChangeTheOutcome() {
            var d = decide(YES, Map.of(AdultOutcome.NUTRITION, UNABLE, AdultOutcome.TOILET_NEEDS, UNABLE), UNKNOWN);
            assertThat(d.outcome()).isEqualTo("INSUFFICIENT_INFORMATION");
            assertThat(d.missing()).extracting(Missing::field).containsExactly("significantImpactOnWellbeing");
        }

        @Test
        void bothUnknownAreBothListed() {
            var d = decide(UNKNOWN, Map.of(AdultOutcome.NUTRITION, UNABLE, AdultOutcome.TOILET_NEEDS, UNABLE), UNKNOWN);
            assertThat(d.missing()).extracting(Missing::field).containsExactlyInAnyOrder("needsFromImpairmentOrIllness", "significantImpactOnWellbeing");
            assertThat(d.details().nextSteps()).extracting(NextStep::code).containsExactly("COMPLETE_ASSESSMENT");
        }

        @Test
        void anUnknownThatCannotChangeTheOutcomeDoesNotBlockNotEligible() {
            var d = decide(UNKNOWN, Map.of(AdultOutcome.NUTRITION, UNABLE), UNKNOWN);
            assertThat(d.outcome()).isEqualTo("NOT_ELIGIBLE");
            assertThat(d.missing()).isEmpty();
        }
    }

    @Nested
    class RecordAndNextSteps {

        @Test
        void eligibleNeedsLeadToConsideringHowToMeetThem() {
            var d = decide(YES, Map.of(AdultOutcome.NUTRITION, UNABLE, AdultOutcome.TOILET_NEEDS, UNABLE), YES);
            assertThat(d.details().nextSteps()).extracting(NextStep::code).containsExactly("CONSIDER_HOW_TO_MEET_NEEDS", "ESTABLISH_ORDINARY_RESIDENCE");
            assertThat(d.details().record()).startsWith("Record of eligibility determination").contains("What happens next:", "rule set 2026.12.2");
        }

        @Test
        void noEligibleNeedsGiveWrittenAdviceUnderSection13Subsection5() {
            var d = decide(YES, Map.of(AdultOutcome.NUTRITION, UNABLE), YES);
            assertThat(d.details().nextSteps()).extracting(NextStep::code).containsExactly("WRITTEN_ADVICE_AND_INFORMATION", "PREVENTION_SERVICES");
            assertThat(d.details().nextSteps().get(0).legalBasis()).isEqualTo("Care Act 2014, s13(5)");
            assertThat(d.details().record()).contains("written advice and information");
        }

        @Test
        void everyReasonHasALegalBasisAndEveryWordedReasonASourceCell() {
            var d = decide(YES, Map.of(AdultOutcome.NUTRITION, UNABLE, AdultOutcome.TOILET_NEEDS, PAIN), YES, YES, 7);
            assertThat(d.reasons()).allSatisfy(r -> {
                assertThat(r.legalBasis()).isNotBlank();
                assertThat(r.source()).matches("adult-eligibility\\.drl\\.xlsx!\\w+![A-Z]+\\d+");
                assertThat(r.text()).doesNotContain("{");
            });
        }

        @Test
        void theSameRequestGivesTheSameOutcomeAndReasons() {
            var outcomes = new EnumMap<AdultOutcome, OutcomeDifficulty>(Map.of(AdultOutcome.NUTRITION, UNABLE, AdultOutcome.TOILET_NEEDS, PAIN));
            var first = decide(YES, outcomes, YES, YES, 7);
            var second = decide(YES, outcomes, YES, YES, 7);
            assertThat(second.reasons()).isEqualTo(first.reasons());
            assertThat(second.warnings()).isEqualTo(first.warnings());
            assertThat(second.details()).isEqualTo(first.details());
        }
    }

    @Nested
    class FluctuatingNeeds {

        @Test
        void aPeriodShorterThanTheLocalMinimumIsFlaggedFromTheSettingsRow() {
            var d = decide(YES, Map.of(AdultOutcome.NUTRITION, UNABLE, AdultOutcome.TOILET_NEEDS, UNABLE), YES, YES, 27);
            assertThat(d.warnings()).extracting(Reason::code).containsExactly("FLUCTUATION_PERIOD_TOO_SHORT");
            assertThat(d.warnings().get(0).source()).isEqualTo("adult-eligibility.drl.xlsx!Settings!A9");
            assertThat(d.warnings().get(0).text()).contains("27 days", "at least 28 days");
            assertThat(d.outcome()).isEqualTo("ELIGIBLE");
        }

        @Test
        void aPeriodAtTheMinimumIsNotFlagged() {
            var d = decide(YES, Map.of(AdultOutcome.NUTRITION, UNABLE, AdultOutcome.TOILET_NEEDS, UNABLE), YES, YES, 28);
            assertThat(d.warnings()).isEmpty();
        }

        @Test
        void fluctuatingNeedsWithNoPeriodRecordedAreFlagged() {
            var d = decide(YES, Map.of(), YES, YES, null);
            assertThat(d.warnings()).extracting(Reason::code).containsExactly("FLUCTUATION_PERIOD_NOT_RECORDED");
        }

        @Test
        void notKnowingWhetherNeedsFluctuateIsFlagged() {
            var d = decide(YES, Map.of(), YES, UNKNOWN, null);
            assertThat(d.warnings()).extracting(Reason::code).containsExactly("FLUCTUATION_NOT_CONSIDERED");
        }
    }

    /** Issue 11: outcomes not yet assessed, and fluctuating needs considered over too short a period. */
    @Nested
    class HalfFinishedAssessments {

        final OutcomeDifficulty open = OutcomeDifficulty.NOT_YET_ASSESSED;

        List<String> missing(Decision<?> d) {
            return d.missing().stream().map(Missing::field).toList();
        }

        @Test
        void anOutcomeNotYetAssessedThatCouldMakeTwoGivesNoDeterminationAndIsNamed() {
            var d = decide(YES, Map.of(AdultOutcome.NUTRITION, UNABLE, AdultOutcome.PERSONAL_HYGIENE, open), YES);
            assertThat(d.outcome()).isEqualTo("INSUFFICIENT_INFORMATION");
            assertThat(missing(d)).containsExactly("outcomes.PERSONAL_HYGIENE");
            assertThat(d.missing().get(0).question()).contains("maintaining personal hygiene");
            assertThat(d.details().nextSteps()).extracting(NextStep::code).doesNotContain("WRITTEN_ADVICE_AND_INFORMATION");
        }

        @Test
        void leftOutIsStillAchievedSoTheSameOutcomeLeftOutIsDecided() {
            var d = decide(YES, Map.of(AdultOutcome.NUTRITION, UNABLE), YES);
            assertThat(d.outcome()).isEqualTo("NOT_ELIGIBLE");
        }

        @Test
        void twoFailingIsEligibleWhateverIsNotYetAssessed() {
            Map<AdultOutcome, OutcomeDifficulty> outcomes = new EnumMap<>(AdultOutcome.class);
            for (AdultOutcome o : AdultOutcome.values()) {
                outcomes.put(o, open);
            }
            outcomes.put(AdultOutcome.NUTRITION, UNABLE);
            outcomes.put(AdultOutcome.TOILET_NEEDS, PAIN);
            var d = decide(YES, outcomes, YES);
            assertThat(d.outcome()).isEqualTo("ELIGIBLE");
            assertThat(d.missing()).isEmpty();
        }

        @Test
        void noImpactDecidesWhateverIsNotYetAssessed() {
            var d = decide(YES, Map.of(AdultOutcome.NUTRITION, UNABLE, AdultOutcome.PERSONAL_HYGIENE, open), NO);
            assertThat(d.outcome()).isEqualTo("NOT_ELIGIBLE");
        }

        @Test
        void oneLeftToAssessWithNoneFailingCannotMakeTwo() {
            var one = decide(YES, Map.of(AdultOutcome.HABITABLE_HOME, open), YES);
            assertThat(one.outcome()).isEqualTo("NOT_ELIGIBLE");
            var two = decide(YES, Map.of(AdultOutcome.HABITABLE_HOME, open, AdultOutcome.USING_HOME_SAFELY, open), YES);
            assertThat(two.outcome()).isEqualTo("INSUFFICIENT_INFORMATION");
            assertThat(missing(two)).containsExactlyInAnyOrder("outcomes.HABITABLE_HOME", "outcomes.USING_HOME_SAFELY");
        }

        @Test
        void anOutcomeCannotBeBothNotYetAssessedAndFailing() {
            var request = new AdultEligibilityRequest("T-1", null, YES,
                    Map.of(AdultOutcome.NUTRITION, new OutcomeDifficulty(true, null, null, null, true)), YES, null, null, NO, null);
            assertThat(new AdultEligibilityDecision().check(request, BundledRuleSet.get()))
                    .extracting(uk.caredecisions.common.FieldError::field).containsExactly("outcomes.NUTRITION.notYetAssessed");
            var fine = new AdultEligibilityRequest("T-1", null, YES, Map.of(AdultOutcome.NUTRITION, open), YES, null, null, NO, null);
            assertThat(new AdultEligibilityDecision().check(fine, BundledRuleSet.get())).isEmpty();
        }

        @Test
        void aShortPeriodIsAMissingFactWhereItCouldChangeANotEligibleAnswer() {
            for (Integer days : new Integer[] {1, 3, 27, null}) {
                var d = decide(YES, Map.of(AdultOutcome.NUTRITION, UNABLE), YES, YES, days);
                assertThat(d.outcome()).as("%s days", days).isEqualTo("INSUFFICIENT_INFORMATION");
                assertThat(missing(d)).as("%s days", days).containsExactly("fluctuationPeriodConsideredDays");
            }
            var enough = decide(YES, Map.of(AdultOutcome.NUTRITION, UNABLE), YES, YES, 28);
            assertThat(enough.outcome()).isEqualTo("NOT_ELIGIBLE");
            var notFluctuating = decide(YES, Map.of(AdultOutcome.NUTRITION, UNABLE), YES, NO, 3);
            assertThat(notFluctuating.outcome()).isEqualTo("NOT_ELIGIBLE");
        }

        @Test
        void noSignificantImpactOverAShortPeriodIsNotYetKnown() {
            var d = decide(YES, Map.of(AdultOutcome.NUTRITION, UNABLE, AdultOutcome.TOILET_NEEDS, UNABLE), NO, YES, 5);
            assertThat(d.outcome()).isEqualTo("INSUFFICIENT_INFORMATION");
            assertThat(d.details().conditions()).containsEntry("significantImpact", ConditionStatus.UNKNOWN);
            assertThat(missing(d)).containsExactly("fluctuationPeriodConsideredDays");
        }

        @Test
        void aSettingsRowOfWarningOnlyDecidesOnTheShortPeriodAndWarns() {
            var source = BundledRuleSet.source();
            byte[] edited = uk.caredecisions.Workbooks.edit(source.workbooks().get("adult-eligibility.drl.xlsx"), "Settings", "D9", "WARNING_ONLY");
            var ruleSet = new uk.caredecisions.engine.RuleSetBuilder().build(source.withWorkbook("adult-eligibility.drl.xlsx", edited)
                    .as("warning-only", java.time.LocalDate.of(2015, 4, 1)));
            var d = eligibility.decideAdult(new AdultEligibilityRequest("T-1", null, YES, Map.of(AdultOutcome.NUTRITION, UNABLE), YES,
                    null, null, YES, 3), uk.caredecisions.engine.DecisionContext.of(ruleSet, java.time.LocalDate.of(2026, 11, 22)));
            assertThat(d.outcome()).isEqualTo("NOT_ELIGIBLE");
            assertThat(d.warnings()).extracting(Reason::code).containsExactly("FLUCTUATION_PERIOD_TOO_SHORT");
            assertThat(d.missing()).isEmpty();
        }
    }
}
