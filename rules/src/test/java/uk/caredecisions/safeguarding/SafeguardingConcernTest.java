package uk.caredecisions.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.caredecisions.common.ConditionStatus;
import uk.caredecisions.common.Decision;
import uk.caredecisions.common.Missing;
import uk.caredecisions.common.Reason;

/** Screening safeguarding concerns through the real DRL and the bundled workbooks. */
class SafeguardingConcernTest {

    private static List<String> reasons(Decision<?> d) {
        return d.reasons().stream().map(Reason::code).toList();
    }

    private static List<String> missing(Decision<?> d) {
        return d.missing().stream().map(Missing::field).toList();
    }

    private static List<String> warnings(Decision<?> d) {
        return d.warnings().stream().map(Reason::code).toList();
    }

    @Nested
    class TheThreeCriteriaOfSection42 {

        @Test
        void allThreeMetAndTheThresholdReachedIsASection42Enquiry() {
            var d = Concerns.pressureUlcerInANursingHome().decide();
            assertThat(d.outcome()).isEqualTo("S42_ENQUIRY");
            assertThat(d.details().s42Criteria()).containsExactly(
                    java.util.Map.entry("careAndSupportNeeds", ConditionStatus.MET),
                    java.util.Map.entry("abuseOrNeglect", ConditionStatus.MET),
                    java.util.Map.entry("unableToProtectSelf", ConditionStatus.MET));
            assertThat(reasons(d)).containsSubsequence("CARE_AND_SUPPORT_NEEDS_MET", "INDICATOR", "THRESHOLD_MET", "S42_DUTY", "S42_ENQUIRY");
            assertThat(d.details().route()).isNull();
            assertThat(d.missing()).isEmpty();
        }

        @Test
        void noNeedsForCareAndSupportAndNothingProportionateIsNoEnquiryWithTheReasonRecorded() {
            var d = Concerns.pressureUlcerInANursingHome().with("careAndSupportNeeds", "NO").decide();
            assertThat(d.outcome()).isEqualTo("NO_ENQUIRY");
            assertThat(d.details().s42Criteria().get("careAndSupportNeeds")).isEqualTo(ConditionStatus.NOT_MET);
            assertThat(reasons(d)).contains("CARE_AND_SUPPORT_NEEDS_NOT_MET", "NO_ENQUIRY_CRITERIA_NOT_MET", "ROUTE_INFORMATION_AND_ADVICE");
            assertThat(d.details().route()).isEqualTo(Route.INFORMATION_AND_ADVICE);
            assertThat(d.details().actions()).contains("RECORD_REASON_NOT_MET").doesNotContain("STRATEGY_DISCUSSION");
        }

        @Test
        void noAbuseOrNeglectSuspectedGoesToANeedsAssessment() {
            var d = Concerns.pressureUlcerInANursingHome().with("abuseOrNeglect", "NO").decide();
            assertThat(d.outcome()).isEqualTo("NO_ENQUIRY");
            assertThat(d.details().s42Criteria().get("abuseOrNeglect")).isEqualTo(ConditionStatus.NOT_MET);
            assertThat(d.details().route()).isEqualTo(Route.NEEDS_ASSESSMENT);
        }

        @Test
        void atRiskOfAbuseMeetsCriterionBAsMuchAsExperiencingIt() {
            var d = Concerns.pressureUlcerInANursingHome().with("abuseOrNeglect", "AT_RISK").decide();
            assertThat(d.outcome()).isEqualTo("S42_ENQUIRY");
        }

        @Test
        void anAdultAbleToProtectThemselvesGoesToMultiAgencyRiskManagement() {
            var d = Concerns.pressureUlcerInANursingHome().with("unableToProtectSelf", "NO").decide();
            assertThat(d.outcome()).isEqualTo("NO_ENQUIRY");
            assertThat(d.details().s42Criteria().get("unableToProtectSelf")).isEqualTo(ConditionStatus.NOT_MET);
            assertThat(d.details().route()).isEqualTo(Route.MULTI_AGENCY_RISK_MANAGEMENT);
        }

        @Test
        void anUnknownCriterionMattersWhenTheThresholdIsReached() {
            var d = Concerns.pressureUlcerInANursingHome().with("unableToProtectSelf", "UNKNOWN").decide();
            assertThat(d.outcome()).isEqualTo("INSUFFICIENT_INFORMATION");
            assertThat(missing(d)).containsExactly("unableToProtectSelf");
            assertThat(d.details().deadlines().thresholdDecisionBy()).isNotNull();
            assertThat(d.details().deadlines().enquiryConcludedBy()).isNull();
        }

        @Test
        void anUnknownCriterionDoesNotMatterWhenAnotherCriterionIsNotMet() {
            var d = Concerns.pressureUlcerInANursingHome().with("careAndSupportNeeds", "UNKNOWN").with("abuseOrNeglect", "NO").decide();
            assertThat(d.outcome()).isEqualTo("NO_ENQUIRY");
            assertThat(d.missing()).isEmpty();
        }

        @Test
        void anUnknownCriterionDoesNotMatterWhenTheConcernIsBelowTheThresholdWhateverItIs() {
            var d = Concerns.missedVisitAtHome().with("careAndSupportNeeds", "UNKNOWN").decide();
            assertThat(d.outcome()).isEqualTo("NO_ENQUIRY");
            assertThat(d.details().s42Criteria().get("careAndSupportNeeds")).isEqualTo(ConditionStatus.UNKNOWN);
            assertThat(d.missing()).isEmpty();
        }
    }

    @Nested
    class TheSameIncidentBelowAndAboveTheThreshold {

        @Test
        void anIsolatedMissedVisitWithNoHarmAndActionTakenIsBelowTheThreshold() {
            var d = Concerns.missedVisitAtHome().decide();
            assertThat(d.outcome()).isEqualTo("NO_ENQUIRY");
            assertThat(d.details().thresholdLevel()).isEqualTo(2);
            assertThat(d.details().thresholdMet()).isFalse();
            assertThat(d.details().route()).isEqualTo(Route.PROVIDER_INCIDENT_PROCESS);
            assertThat(d.details().urgency()).isEqualTo(Urgency.STANDARD);
        }

        @Test
        void theSameVisitMissedAgainIsAPatternAndMeetsTheThreshold() {
            var d = Concerns.missedVisitAtHome().with("recurrent", "YES").decide();
            assertThat(d.outcome()).isEqualTo("S42_ENQUIRY");
            assertThat(d.details().thresholdLevel()).isEqualTo(3);
            assertThat(d.reasons()).anyMatch(r -> r.code().equals("LEVEL_RAISED") && "RECURRENT".equals(r.subject())
                    && r.source().equals("safeguarding-thresholds.drl.xlsx!Modifiers!A12"));
        }

        @Test
        void harmCausedMeetsTheThreshold() {
            var d = Concerns.missedVisitAtHome().with("harm", "SIGNIFICANT").decide();
            assertThat(d.outcome()).isEqualTo("S42_ENQUIRY");
            assertThat(d.details().thresholdLevel()).isEqualTo(3);
        }

        @Test
        void minorHarmDoesNotRaiseTheLevel() {
            var d = Concerns.missedVisitAtHome().with("harm", "MINOR").decide();
            assertThat(d.outcome()).isEqualTo("NO_ENQUIRY");
            assertThat(d.details().thresholdLevel()).isEqualTo(2);
        }

        @Test
        void severalAdultsAtRiskFromTheProviderMeetsTheThresholdAndTellsTheRegulator() {
            var d = Concerns.missedVisitAtHome().with("otherAdultsAtRisk", "YES").decide();
            assertThat(d.outcome()).isEqualTo("S42_ENQUIRY");
            assertThat(d.details().actions()).contains("NOTIFY_REGULATOR", "NOTIFY_COMMISSIONER", "CONSIDER_ORGANISATIONAL_ENQUIRY", "STRATEGY_DISCUSSION");
        }

        @Test
        void noRemedialActionByTheProviderMeetsTheThreshold() {
            var d = Concerns.missedVisitAtHome().with("providerRemedialAction", "NO").decide();
            assertThat(d.outcome()).isEqualTo("S42_ENQUIRY");
        }

        @Test
        void theCarePlanNotFollowedMeetsTheThreshold() {
            var d = Concerns.missedVisitAtHome().with("carePlanFollowed", "NO").decide();
            assertThat(d.outcome()).isEqualTo("S42_ENQUIRY");
        }

        @Test
        void aCommonPerpetratorMeetsTheThreshold() {
            var d = Concerns.missedVisitAtHome().with("commonPerpetrator", "YES").decide();
            assertThat(d.outcome()).isEqualTo("S42_ENQUIRY");
        }

        @Test
        void twoCircumstancesTakeItToTheHighestLevelAndAnUrgentResponse() {
            var d = Concerns.missedVisitAtHome().with("recurrent", "YES").with("carePlanFollowed", "NO").with("commonPerpetrator", "YES").decide();
            assertThat(d.details().thresholdLevel()).isEqualTo(4);
            assertThat(d.details().urgency()).isEqualTo(Urgency.URGENT);
        }

        @Test
        void aWitnessedFallWithNoInjuryNeedsTwoCircumstancesToMeetTheThreshold() {
            var fall = Concerns.missedVisitAtHome().indicators("WITNESSED_FALL_NO_INJURY");
            assertThat(fall.with("recurrent", "YES").decide().outcome()).isEqualTo("NO_ENQUIRY");
            assertThat(fall.with("carePlanFollowed", "NO").decide().outcome()).isEqualTo("S42_ENQUIRY");
        }

        @Test
        void theHighestIndicatorSetsTheBaseLevel() {
            var d = Concerns.missedVisitAtHome().indicators("MISSED_CARE_VISIT", "FRACTURE_OR_DISLOCATION").decide();
            assertThat(d.details().thresholdLevel()).isEqualTo(3);
            assertThat(d.outcome()).isEqualTo("S42_ENQUIRY");
        }
    }

    @Nested
    class UnknownsThatMatterAndUnknownsThatDoNot {

        @Test
        void anUnknownThatCouldBringTheConcernUpToTheThresholdIsAskedFor() {
            var d = Concerns.missedVisitAtHome().with("recurrent", "UNKNOWN").decide();
            assertThat(d.outcome()).isEqualTo("INSUFFICIENT_INFORMATION");
            assertThat(d.details().thresholdMet()).isNull();
            assertThat(missing(d)).containsExactly("recurrent");
            assertThat(reasons(d)).contains("THRESHOLD_UNDETERMINED", "INSUFFICIENT_INFORMATION");
        }

        @Test
        void unknownHarmIsAskedFor() {
            var d = Concerns.missedVisitAtHome().without("harm").decide();
            assertThat(d.outcome()).isEqualTo("INSUFFICIENT_INFORMATION");
            assertThat(missing(d)).containsExactly("harm");
        }

        @Test
        void anUnknownDoesNotMatterOnceTheThresholdIsMet() {
            var d = Concerns.pressureUlcerInANursingHome().with("recurrent", "UNKNOWN").with("commonPerpetrator", "UNKNOWN").decide();
            assertThat(d.outcome()).isEqualTo("S42_ENQUIRY");
            assertThat(d.missing()).isEmpty();
        }

        @Test
        void anUnknownThatCouldNotBringTheConcernUpToTheThresholdDoesNotMatter() {
            var d = Concerns.missedVisitAtHome().indicators("WITNESSED_FALL_NO_INJURY").with("recurrent", "UNKNOWN").decide();
            assertThat(d.outcome()).isEqualTo("NO_ENQUIRY");
            assertThat(d.missing()).isEmpty();
        }

        @Test
        void unknownsThatOnlyTogetherCouldReachTheThresholdAreAllAskedFor() {
            var d = Concerns.missedVisitAtHome().indicators("WITNESSED_FALL_NO_INJURY")
                    .with("recurrent", "UNKNOWN").with("carePlanFollowed", "UNKNOWN").decide();
            assertThat(d.outcome()).isEqualTo("INSUFFICIENT_INFORMATION");
            assertThat(missing(d)).containsExactlyInAnyOrder("recurrent", "carePlanFollowed");
        }

        @Test
        void remedialActionIsAskedOfAProviderOnly() {
            var family = Concerns.missedVisitAtHome().indicators("MISSING_ITEMS_NO_SUSPICION_OF_THEFT").with("sourceOfRisk", "KNOWN_TO_INDIVIDUAL")
                    .with("providerRemedialAction", "UNKNOWN").with("carePlanFollowed", "UNKNOWN");
            assertThat(family.decide().outcome()).isEqualTo("NO_ENQUIRY");
            assertThat(family.with("sourceOfRisk", "SERVICE_PROVIDER").decide().outcome()).isEqualTo("INSUFFICIENT_INFORMATION");
        }

        @Test
        void neitherATypeOfAbuseNorAnIndicatorMeansTheThresholdCannotBeJudged() {
            var d = Concerns.missedVisitAtHome().indicators().abuseTypes().decide();
            assertThat(d.outcome()).isEqualTo("INSUFFICIENT_INFORMATION");
            assertThat(missing(d)).containsExactly("abuseTypes");
            assertThat(reasons(d)).contains("NOTHING_RECORDED");
        }

        @Test
        void aTypeOfAbuseWithoutAnIndicatorIsDecidedFromTheTypesBaseLevelWithAWarning() {
            var d = Concerns.missedVisitAtHome().indicators().decide();
            assertThat(d.outcome()).isEqualTo("NO_ENQUIRY");
            assertThat(d.details().thresholdLevel()).isEqualTo(2);
            assertThat(missing(d)).isEmpty();
            assertThat(warnings(d)).contains("NO_INDICATOR_RECORDED");
            assertThat(d.reasons()).anyMatch(r -> r.code().equals("ABUSE_TYPE_LEVEL") && r.source().contains("AbuseTypes!A"));
        }
    }

    @Nested
    class TheAdultsWishes {

        private Concerns doesNotWantAction() {
            return Concerns.pressureUlcerInANursingHome().with("mentalCapacity", "HAS_CAPACITY").with("adultWishes", "DOES_NOT_WANT_ACTION")
                    .with("substantialDifficultyBeingInvolved", "NO");
        }

        @Test
        void anAdultWithCapacityWhoDoesNotWantActionIsRespected() {
            var d = doesNotWantAction().decide();
            assertThat(d.outcome()).isEqualTo("NO_ENQUIRY");
            assertThat(reasons(d)).contains("S42_DUTY", "WISHES_RESPECTED", "ROUTE_MULTI_AGENCY_RISK_MANAGEMENT");
            assertThat(d.details().wishesOverridden()).isFalse();
            assertThat(d.details().route()).isEqualTo(Route.MULTI_AGENCY_RISK_MANAGEMENT);
            assertThat(d.details().actions()).contains("RECORD_REASON_NOT_MET");
        }

        @Test
        void otherAdultsAtRiskOverrideTheWish() {
            assertOverridden(doesNotWantAction().with("otherAdultsAtRisk", "YES"), "OTHERS_AT_RISK");
        }

        @Test
        void aSuspectedCrimeOverridesTheWish() {
            assertOverridden(doesNotWantAction().with("crimeSuspected", "YES"), "CRIME_SUSPECTED");
        }

        @Test
        void aPersonInAPositionOfTrustOverridesTheWish() {
            assertOverridden(doesNotWantAction().with("allegedAbuserInPositionOfTrust", "YES"), "POSITION_OF_TRUST");
        }

        @Test
        void coercionOrDuressOverridesTheWish() {
            assertOverridden(doesNotWantAction().with("coercionOrDuress", "YES"), "COERCION_OR_DURESS");
        }

        @Test
        void aSeriousRiskToLifeOverridesTheWish() {
            assertOverridden(doesNotWantAction().with("seriousRiskToLife", "YES"), "SERIOUS_RISK_TO_LIFE");
        }

        @Test
        void anAdultWhoLacksCapacityHasTheDecisionMadeInTheirBestInterests() {
            assertOverridden(doesNotWantAction().with("mentalCapacity", "LACKS_CAPACITY"), "LACKS_CAPACITY");
        }

        @Test
        void everyOverridingCircumstanceIsGivenInOrder() {
            var d = doesNotWantAction().with("seriousRiskToLife", "YES").with("crimeSuspected", "YES").decide();
            assertThat(d.details().wishesOverriddenBecause()).containsExactly("CRIME_SUSPECTED", "SERIOUS_RISK_TO_LIFE");
            assertThat(d.details().wishesOverriddenReason()).isEqualTo("A crime is suspected. There is a serious risk to the adult's life.");
        }

        @Test
        void anUnknownOverridingCircumstanceIsAskedFor() {
            var d = doesNotWantAction().with("seriousRiskToLife", "UNKNOWN").decide();
            assertThat(d.outcome()).isEqualTo("INSUFFICIENT_INFORMATION");
            assertThat(missing(d)).containsExactly("seriousRiskToLife");
        }

        @Test
        void capacityNotAssessedIsAskedForAndAnAssessmentIsAnAction() {
            var d = doesNotWantAction().with("mentalCapacity", "NOT_ASSESSED").decide();
            assertThat(d.outcome()).isEqualTo("INSUFFICIENT_INFORMATION");
            assertThat(missing(d)).containsExactly("mentalCapacity");
            assertThat(d.details().actions()).contains("MENTAL_CAPACITY_ASSESSMENT");
        }

        @Test
        void capacityDoesNotMatterWhenAnOverridingCircumstanceIsKnown() {
            var d = doesNotWantAction().with("mentalCapacity", "NOT_ASSESSED").with("crimeSuspected", "YES").decide();
            assertThat(d.outcome()).isEqualTo("S42_ENQUIRY");
            assertThat(d.details().actions()).doesNotContain("MENTAL_CAPACITY_ASSESSMENT");
        }

        @Test
        void wishesDoNotMatterWhenThereIsNothingToEnquireInto() {
            var d = doesNotWantAction().with("mentalCapacity", "NOT_ASSESSED").with("abuseOrNeglect", "NO").decide();
            assertThat(d.outcome()).isEqualTo("NO_ENQUIRY");
            assertThat(d.missing()).isEmpty();
        }

        private void assertOverridden(Concerns concern, String because) {
            var d = concern.decide();
            assertThat(d.outcome()).isEqualTo("S42_ENQUIRY");
            assertThat(d.details().wishesOverridden()).isTrue();
            assertThat(d.details().wishesOverriddenBecause()).containsExactly(because);
            assertThat(d.details().wishesOverriddenReason()).isNotBlank();
            assertThat(reasons(d)).containsSubsequence("S42_DUTY", "WISHES_OVERRIDDEN", "OVERRIDE_" + because, "S42_ENQUIRY");
        }
    }

    @Nested
    class ActionsTheLawRequires {

        @Test
        void immediateDangerCallsTheEmergencyServicesFirst() {
            var d = Concerns.pressureUlcerInANursingHome().with("immediateDanger", "YES").decide();
            assertThat(d.details().actions().get(0)).isEqualTo("CONTACT_EMERGENCY_SERVICES");
            assertThat(d.details().urgency()).isEqualTo(Urgency.EMERGENCY);
        }

        @Test
        void aSuspectedCrimeIsReportedToThePolice() {
            var d = Concerns.pressureUlcerInANursingHome().with("crimeSuspected", "YES").decide();
            assertThat(d.details().actions()).contains("NOTIFY_POLICE");
            assertThat(d.details().actionDetails()).anyMatch(a -> a.code().equals("NOTIFY_POLICE") && a.legalBasis().startsWith("Care and Support Statutory Guidance"));
        }

        @Test
        void aPersonInAPositionOfTrustStartsThePositionOfTrustProcess() {
            assertThat(Concerns.pressureUlcerInANursingHome().with("allegedAbuserInPositionOfTrust", "YES").decide().details().actions())
                    .contains("POSITION_OF_TRUST_PROCESS");
        }

        @Test
        void childrenAtRiskAreReferredToChildrensSafeguarding() {
            assertThat(Concerns.pressureUlcerInANursingHome().with("childrenAtRisk", "YES").decide().details().actions())
                    .contains("CHILDREN_SAFEGUARDING_REFERRAL");
        }

        @Test
        void substantialDifficultyAndNoAppropriatePersonNeedAnIndependentAdvocate() {
            var d = Concerns.pressureUlcerInANursingHome().decide();
            assertThat(d.details().actions()).contains("ARRANGE_INDEPENDENT_ADVOCATE");
            assertThat(d.details().actionDetails()).anyMatch(a -> a.code().equals("ARRANGE_INDEPENDENT_ADVOCATE") && a.legalBasis().equals("Care Act 2014, s68(1)-(4)"));
        }

        @Test
        void anAppropriatePersonMeansNoAdvocate() {
            var d = Concerns.pressureUlcerInANursingHome().with("appropriatePersonAvailable", "YES").decide();
            assertThat(d.details().actions()).doesNotContain("ARRANGE_INDEPENDENT_ADVOCATE");
        }

        @Test
        void anUnknownAppropriatePersonIsAWarningNotAnUnknownOutcome() {
            var d = Concerns.pressureUlcerInANursingHome().with("appropriatePersonAvailable", "UNKNOWN").decide();
            assertThat(d.outcome()).isEqualTo("S42_ENQUIRY");
            assertThat(warnings(d)).contains("ADVOCACY_NOT_DETERMINED");
        }

        @Test
        void capacityNotAssessedAndWishesNotKnownForAnEnquiryNeedsAnAssessment() {
            var d = Concerns.pressureUlcerInANursingHome().with("mentalCapacity", "NOT_ASSESSED").decide();
            assertThat(d.outcome()).isEqualTo("S42_ENQUIRY");
            assertThat(d.details().actions()).contains("MENTAL_CAPACITY_ASSESSMENT");
        }

        @Test
        void capacityNotAssessedDoesNotMatterWhenTheAdultWantsAction() {
            var d = Concerns.pressureUlcerInANursingHome().with("mentalCapacity", "NOT_ASSESSED").with("adultWishes", "WANTS_ACTION").decide();
            assertThat(d.details().actions()).doesNotContain("MENTAL_CAPACITY_ASSESSMENT");
        }

        @Test
        void seriousHarmFlagsASafeguardingAdultsReview() {
            var d = Concerns.pressureUlcerInANursingHome().with("harm", "SERIOUS").decide();
            assertThat(d.details().actions()).contains("CONSIDER_SAFEGUARDING_ADULTS_REVIEW");
            assertThat(d.details().urgency()).isEqualTo(Urgency.URGENT);
        }
    }

    @Nested
    class OtherEnquiries {

        @Test
        void aCarerExperiencingAbuseThatReachesTheThresholdHasAnOtherEnquiry() {
            var d = Concerns.pressureUlcerInANursingHome().indicators("PHYSICAL_ASSAULT").with("careAndSupportNeeds", "NO")
                    .with("adultIsACarer", "YES").decide();
            assertThat(d.outcome()).isEqualTo("OTHER_ENQUIRY");
            assertThat(d.reasons()).anyMatch(r -> r.code().equals("OTHER_ENQUIRY_PROPORTIONATE") && r.text().contains("carer")
                    && r.source().equals("safeguarding-actions.drl.xlsx!OtherEnquiry!A9"));
            assertThat(d.details().actions()).contains("STRATEGY_DISCUSSION");
            assertThat(d.details().deadlines().enquiryConcludedBy()).isNotNull();
        }

        @Test
        void aCarerBelowTheThresholdHasNoEnquiry() {
            var d = Concerns.missedVisitAtHome().indicators("UNEXPLAINED_BRUISING").with("careAndSupportNeeds", "NO")
                    .with("adultIsACarer", "YES").with("sourceOfRisk", "KNOWN_TO_INDIVIDUAL").decide();
            assertThat(d.outcome()).isEqualTo("NO_ENQUIRY");
            assertThat(d.missing()).isEmpty();
        }

        @Test
        void anUnknownThatCouldTakeACarersConcernOverTheThresholdIsAskedFor() {
            var d = Concerns.missedVisitAtHome().indicators("UNEXPLAINED_BRUISING").with("careAndSupportNeeds", "NO")
                    .with("adultIsACarer", "YES").with("sourceOfRisk", "KNOWN_TO_INDIVIDUAL").with("recurrent", "UNKNOWN").decide();
            assertThat(d.outcome()).isEqualTo("INSUFFICIENT_INFORMATION");
            assertThat(missing(d)).containsExactly("recurrent");
            assertThat(d.details().thresholdMet()).isNull();
        }

        @Test
        void anUnknownThatCouldNotMakeAnOtherEnquiryProportionateDoesNotMatter() {
            // No care needs, not a carer, no serious harm or danger: no other enquiry row could apply, whatever the history.
            var d = Concerns.missedVisitAtHome().indicators("UNEXPLAINED_BRUISING").with("careAndSupportNeeds", "NO")
                    .with("sourceOfRisk", "KNOWN_TO_INDIVIDUAL").with("recurrent", "UNKNOWN").decide();
            assertThat(d.outcome()).isEqualTo("NO_ENQUIRY");
            assertThat(d.missing()).isEmpty();
        }

        @Test
        void aPersonWithoutCareNeedsWhoCameToSeriousHarmHasAnOtherEnquiry() {
            var d = Concerns.pressureUlcerInANursingHome().with("careAndSupportNeeds", "NO").with("harm", "SERIOUS").decide();
            assertThat(d.outcome()).isEqualTo("OTHER_ENQUIRY");
        }

        @Test
        void anAdultUnderCoercionThoughThoughtAbleToProtectThemselvesHasAnOtherEnquiry() {
            var d = Concerns.pressureUlcerInANursingHome().with("unableToProtectSelf", "NO").with("coercionOrDuress", "YES").decide();
            assertThat(d.outcome()).isEqualTo("OTHER_ENQUIRY");
        }
    }

    @Nested
    class DeadlinesInWorkingDays {

        @Test
        void aConcernReceivedOnChristmasEveSkipsChristmasTheWeekendAndBoxingDay() {
            // Christmas Day is a Friday in 2026 and Boxing Day's substitute the Monday; New Year's Day a Friday.
            var d = Concerns.missedVisitAtHome().with("recurrent", "YES").with("receivedAt", "2026-12-24T10:00:00Z").decide();
            assertThat(d.details().urgency()).isEqualTo(Urgency.STANDARD);
            assertThat(d.details().deadlines()).isEqualTo(new Deadlines(LocalDate.of(2026, 12, 29), LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 26)));
        }

        @Test
        void aConcernReceivedBeforeEasterSkipsGoodFridayAndEasterMonday() {
            var d = Concerns.missedVisitAtHome().with("recurrent", "YES").with("receivedAt", "2027-03-25T09:00:00Z").decide();
            assertThat(d.details().deadlines().thresholdDecisionBy()).isEqualTo(LocalDate.of(2027, 3, 30));
            // Tue 30, Wed 31, Thu 1, Fri 2, Mon 5 April: five working days.
            assertThat(d.details().deadlines().strategyDiscussionBy()).isEqualTo(LocalDate.of(2027, 4, 5));
        }

        @Test
        void theDayReceivedIsTheDayInEnglandNotInUtc() {
            // 23:30 UTC on 31 March 2027 is 00:30 on 1 April in British Summer Time.
            var d = Concerns.missedVisitAtHome().with("receivedAt", "2027-03-31T23:30:00Z").decide();
            assertThat(d.details().deadlines().thresholdDecisionBy()).isEqualTo(LocalDate.of(2027, 4, 2));
        }

        @Test
        void anUrgentConcernNeedsItsThresholdDecisionTheSameWorkingDay() {
            var d = Concerns.pressureUlcerInANursingHome().with("receivedAt", "2026-11-21T12:00:00Z").decide();
            assertThat(d.details().urgency()).isEqualTo(Urgency.URGENT);
            // Saturday: the same working day is the Monday.
            assertThat(d.details().deadlines().thresholdDecisionBy()).isEqualTo(LocalDate.of(2026, 11, 23));
            assertThat(d.details().deadlines().strategyDiscussionBy()).isEqualTo(LocalDate.of(2026, 11, 24));
        }

        @Test
        void noEnquiryHasOnlyAThresholdDecisionDeadline() {
            var d = Concerns.missedVisitAtHome().decide();
            assertThat(d.details().deadlines().thresholdDecisionBy()).isNotNull();
            assertThat(d.details().deadlines().strategyDiscussionBy()).isNull();
            assertThat(d.details().deadlines().enquiryConcludedBy()).isNull();
        }
    }

    @Nested
    class ReturnsAndRecord {

        @Test
        void sacTypesIncludeThoseTheIndicatorsAreCountedUnder() {
            var d = Concerns.pressureUlcerInANursingHome().abuseTypes("PSYCHOLOGICAL").indicators("MISSING_MONEY_THEFT_SUSPECTED", "PHYSICAL_ASSAULT").decide();
            assertThat(d.details().abuseTypes()).containsExactly(AbuseType.PHYSICAL, AbuseType.PSYCHOLOGICAL, AbuseType.FINANCIAL_OR_MATERIAL);
            assertThat(d.details().location()).isEqualTo(RiskLocation.CARE_HOME_NURSING);
            assertThat(d.details().sourceOfRisk()).isEqualTo(SourceOfRisk.SERVICE_PROVIDER);
        }

        @Test
        void theRouteReadsTheTypesTheIndicatorsAreCountedUnderToo() {
            var d = Concerns.missedVisitAtHome().indicators("SELF_NEGLECT_RISK_TO_HEALTH").abuseTypes().with("sourceOfRisk", "KNOWN_TO_INDIVIDUAL").decide();
            assertThat(d.outcome()).isEqualTo("NO_ENQUIRY");
            assertThat(d.details().abuseTypes()).containsExactly(AbuseType.SELF_NEGLECT);
            assertThat(d.details().route()).isEqualTo(Route.MULTI_AGENCY_RISK_MANAGEMENT);
        }

        @Test
        void theRecordGivesTheThresholdDecisionAndItsReasonsInWords() {
            var d = Concerns.missedVisitAtHome().decide();
            assertThat(d.details().record()).startsWith("Record of safeguarding threshold decision (Care Act 2014, section 42)")
                    .contains("Indicator: a missed care visit (base level 2).")
                    .contains("Decision: no further enquiry. The duty under section 42 has been considered: the concern does not reach the local threshold")
                    .contains("Record in the case file why there is no enquiry");
        }

        @Test
        void theSameConcernAlwaysGetsTheSameDecisionAndReasons() {
            var first = Concerns.pressureUlcerInANursingHome().decide();
            var second = Concerns.pressureUlcerInANursingHome().decide();
            assertThat(second.outcome()).isEqualTo(first.outcome());
            assertThat(second.reasons()).isEqualTo(first.reasons());
            assertThat(second.details()).isEqualTo(first.details());
        }

        @Test
        void everyReasonAndActionHasWordsAndALegalBasis() {
            var d = Concerns.pressureUlcerInANursingHome().with("crimeSuspected", "YES").with("childrenAtRisk", "YES").decide();
            assertThat(d.reasons()).allSatisfy(r -> {
                assertThat(r.text()).isNotEqualTo(r.code());
                assertThat(r.legalBasis()).isNotBlank();
            });
            assertThat(d.details().actionDetails()).allSatisfy(a -> {
                assertThat(a.text()).isNotEqualTo(a.code());
                assertThat(a.legalBasis()).isNotBlank();
            });
        }
    }

    /** Issue 11: deciding from what case systems record, and Making Safeguarding Personal corrected. */
    @Nested
    class FromWhatCaseSystemsRecord {

        private Concerns doesNotWantAction() {
            return Concerns.pressureUlcerInANursingHome().with("mentalCapacity", "HAS_CAPACITY").with("adultWishes", "DOES_NOT_WANT_ACTION")
                    .with("substantialDifficultyBeingInvolved", "NO");
        }

        @Test
        void theApiExampleWithoutIndicatorsIsDecidedFromItsTypeAndHarm() {
            var d = Concerns.pressureUlcerInANursingHome().without("indicators").decide();
            assertThat(d.outcome()).isEqualTo("S42_ENQUIRY");
            assertThat(d.details().thresholdLevel()).isEqualTo(4);
            assertThat(d.reasons()).anyMatch(r -> r.code().equals("S42_DUTY") && r.legalBasis().contains("s42"));
            assertThat(d.reasons()).anyMatch(r -> r.code().equals("ABUSE_TYPE_LEVEL") && r.source().contains("AbuseTypes!A"));
            assertThat(warnings(d)).contains("NO_INDICATOR_RECORDED");
        }

        @Test
        void aTypeAtTheThresholdMeetsItAloneAndATypeOneBelowDoesNot() {
            var sexual = Concerns.missedVisitAtHome().indicators().abuseTypes("SEXUAL").with("sourceOfRisk", "KNOWN_TO_INDIVIDUAL").decide();
            assertThat(sexual.outcome()).isEqualTo("S42_ENQUIRY");
            var physical = Concerns.missedVisitAtHome().indicators().abuseTypes("PHYSICAL").with("sourceOfRisk", "KNOWN_TO_INDIVIDUAL").decide();
            assertThat(physical.outcome()).isEqualTo("NO_ENQUIRY");
            assertThat(physical.details().thresholdLevel()).isEqualTo(2);
        }

        @Test
        void anIndicatorRefinesItsTypesLevelDownAsWellAsUp() {
            var d = Concerns.missedVisitAtHome().indicators("WITNESSED_FALL_NO_INJURY").decide();
            assertThat(d.details().thresholdLevel()).isEqualTo(1);
            assertThat(reasons(d)).doesNotContain("ABUSE_TYPE_LEVEL");
        }

        @Test
        void seriousHarmOrADeathReachesTheThresholdOnItsOwn() {
            for (String harm : List.of("SERIOUS", "DEATH")) {
                var d = Concerns.missedVisitAtHome().indicators().abuseTypes().with("harm", harm).decide();
                assertThat(d.outcome()).as(harm).isEqualTo("S42_ENQUIRY");
                assertThat(reasons(d)).as(harm).contains("LEVEL_FLOOR");
            }
            var significant = Concerns.missedVisitAtHome().indicators().abuseTypes("PSYCHOLOGICAL").with("harm", "MINOR").decide();
            assertThat(significant.outcome()).isEqualTo("NO_ENQUIRY");
        }

        @Test
        void aCircumstanceLeftOutIsNotReportedButSentAsUnknownIsAnUnknown() {
            var omitted = Concerns.missedVisitAtHome().without("recurrent").without("commonPerpetrator").decide();
            assertThat(omitted.outcome()).isEqualTo("NO_ENQUIRY");
            assertThat(omitted.warnings()).anyMatch(w -> w.code().equals("CIRCUMSTANCES_NOT_REPORTED")
                    && w.text().contains("commonPerpetrator") && w.text().contains("recurrent"));
            var unknown = Concerns.missedVisitAtHome().with("recurrent", "UNKNOWN").decide();
            assertThat(unknown.outcome()).isEqualTo("INSUFFICIENT_INFORMATION");
            assertThat(missing(unknown)).containsExactly("recurrent");
        }

        @Test
        void theProvidersRemedialActionRaisesTheLevelOnlyWhenTheSourceIsAProvider() {
            var family = Concerns.missedVisitAtHome().with("sourceOfRisk", "KNOWN_TO_INDIVIDUAL").with("providerRemedialAction", "NO").decide();
            assertThat(family.details().thresholdLevel()).isEqualTo(2);
            assertThat(family.outcome()).isEqualTo("NO_ENQUIRY");
            var provider = Concerns.missedVisitAtHome().with("providerRemedialAction", "NO").decide();
            assertThat(provider.details().thresholdLevel()).isEqualTo(3);
            assertThat(provider.outcome()).isEqualTo("S42_ENQUIRY");
        }

        @Test
        void thePractitionersJudgementDecidesAndADifferenceIsAWarningWithBoth() {
            var agree = Concerns.missedVisitAtHome().with("thresholdJudgement", 2).decide();
            assertThat(agree.outcome()).isEqualTo("NO_ENQUIRY");
            assertThat(warnings(agree)).doesNotContain("THRESHOLD_JUDGEMENT_DIFFERS");
            var higher = Concerns.missedVisitAtHome().with("thresholdJudgement", 3).decide();
            assertThat(higher.outcome()).isEqualTo("S42_ENQUIRY");
            assertThat(higher.details().thresholdLevel()).isEqualTo(2);
            assertThat(higher.details().thresholdJudgement()).isEqualTo(3);
            assertThat(higher.warnings()).anyMatch(w -> w.code().equals("THRESHOLD_JUDGEMENT_DIFFERS") && w.text().contains("3") && w.text().contains("2"));
            assertThat(higher.details().record()).contains("The practitioner judges the level to be 3 and the threshold table gives 2");
            var lower = Concerns.pressureUlcerInANursingHome().with("thresholdJudgement", 2).decide();
            assertThat(lower.outcome()).isEqualTo("NO_ENQUIRY");
            assertThat(reasons(lower)).contains("THRESHOLD_NOT_MET_BY_JUDGEMENT");
        }

        @Test
        void aJudgementOutsideTheLevelsIsRefused() {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Concerns.missedVisitAtHome().with("thresholdJudgement", 5).decide())
                    .isInstanceOfSatisfying(uk.caredecisions.common.InvalidRequestException.class, e ->
                            assertThat(e.errors()).extracting(uk.caredecisions.common.FieldError::field).containsExactly("thresholdJudgement"));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Concerns.missedVisitAtHome().with("thresholdJudgement", -1).decide())
                    .isInstanceOf(uk.caredecisions.common.InvalidRequestException.class);
            assertThat(Concerns.missedVisitAtHome().with("thresholdJudgement", 4).decide().outcome()).isEqualTo("S42_ENQUIRY");
        }

        @Test
        void childrenAtRiskOverrideACapacitousWish() {
            var d = doesNotWantAction().with("childrenAtRisk", "YES").decide();
            assertThat(d.outcome()).isEqualTo("S42_ENQUIRY");
            assertThat(d.details().wishesOverriddenBecause()).containsExactly("CHILDREN_AT_RISK");
            assertThat(d.details().actions()).contains("CHILDREN_SAFEGUARDING_REFERRAL");
            var unknown = doesNotWantAction().with("childrenAtRisk", "UNKNOWN").decide();
            assertThat(unknown.outcome()).isEqualTo("INSUFFICIENT_INFORMATION");
            assertThat(missing(unknown)).containsExactly("childrenAtRisk");
        }

        @Test
        void immediateDangerIsASeriousRiskToLifeUnlessTheRequestSaysThereIsNone() {
            var danger = doesNotWantAction().with("immediateDanger", "YES").without("seriousRiskToLife").decide();
            assertThat(danger.outcome()).isEqualTo("S42_ENQUIRY");
            assertThat(danger.details().wishesOverriddenBecause()).containsExactly("SERIOUS_RISK_TO_LIFE");
            var noRisk = doesNotWantAction().with("immediateDanger", "YES").with("seriousRiskToLife", "NO").decide();
            assertThat(noRisk.outcome()).isEqualTo("NO_ENQUIRY");
            assertThat(reasons(noRisk)).contains("WISHES_RESPECTED");
            var noDanger = doesNotWantAction().without("seriousRiskToLife").decide();
            assertThat(noDanger.outcome()).isEqualTo("INSUFFICIENT_INFORMATION");
            assertThat(missing(noDanger)).containsExactly("seriousRiskToLife");
        }

        @Test
        void aWishRespectedIsRecordedAsSuchNotAsAnEnquiryThatThenDoesNotHappen() {
            var d = doesNotWantAction().decide();
            assertThat(reasons(d)).doesNotContain("S42_ENQUIRY", "NO_ENQUIRY_BELOW_THRESHOLD");
            assertThat(d.details().record()).contains("at the adult's request").doesNotContain("Decision: a section 42 enquiry");
        }

        @Test
        void coercionUnknownIsAskedForWhenTheOtherEnquiryTableCouldTurnOnIt() {
            var able = Concerns.pressureUlcerInANursingHome().with("unableToProtectSelf", "NO");
            var unknown = able.with("coercionOrDuress", "UNKNOWN").decide();
            assertThat(unknown.outcome()).isEqualTo("INSUFFICIENT_INFORMATION");
            assertThat(missing(unknown)).containsExactly("coercionOrDuress");
            assertThat(reasons(unknown)).contains("OTHER_ENQUIRY_POSSIBLE").doesNotContain("NO_ENQUIRY_CRITERIA_NOT_MET");
            assertThat(able.with("coercionOrDuress", "NO").decide().outcome()).isEqualTo("NO_ENQUIRY");
            assertThat(able.with("coercionOrDuress", "YES").decide().outcome()).isEqualTo("OTHER_ENQUIRY");
        }

        @Test
        void anUnknownCriterionTheOtherEnquiryTableReadsIsAskedForWhenAnotherCriterionIsNotMet() {
            var seriousHarmNoNeeds = Concerns.pressureUlcerInANursingHome().with("careAndSupportNeeds", "NO").with("harm", "SERIOUS");
            var unknown = seriousHarmNoNeeds.with("abuseOrNeglect", "UNKNOWN").decide();
            assertThat(unknown.outcome()).isEqualTo("INSUFFICIENT_INFORMATION");
            assertThat(missing(unknown)).containsExactly("abuseOrNeglect");
            assertThat(seriousHarmNoNeeds.with("abuseOrNeglect", "NO").decide().outcome()).isEqualTo("NO_ENQUIRY");
        }

        @Test
        void coercionUnknownDoesNotMatterWhenNoOtherEnquiryRowCouldApply() {
            var d = Concerns.missedVisitAtHome().with("unableToProtectSelf", "NO").with("coercionOrDuress", "UNKNOWN").decide();
            assertThat(d.outcome()).isEqualTo("NO_ENQUIRY");
            assertThat(missing(d)).isEmpty();
        }
    }
}
