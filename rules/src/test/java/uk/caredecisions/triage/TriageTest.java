package uk.caredecisions.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.caredecisions.common.TriState.NO;
import static uk.caredecisions.common.TriState.UNKNOWN;
import static uk.caredecisions.common.TriState.YES;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.caredecisions.BundledRuleSet;
import uk.caredecisions.common.Decision;
import uk.caredecisions.common.FieldError;
import uk.caredecisions.common.InvalidRequestException;
import uk.caredecisions.common.Missing;
import uk.caredecisions.common.Reason;
import uk.caredecisions.common.TriState;
import uk.caredecisions.engine.DecisionContext;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.engine.RuleSetBuilder;

/** Front-door triage through the real compiled rules and the bundled triage workbooks. */
class TriageTest {

    /** Friday 20 November 2026, 09:15 in London. */
    static final Instant FRIDAY = Instant.parse("2026-11-20T09:15:00Z");

    private final TriageDecision triage = new TriageDecision();

    static TriageRequest contact(RouteOfAccess route, String... risks) {
        return request(FRIDAY, route, List.of(risks), PersonType.ADULT, YES, NO, NO, UNKNOWN, null, null, NO, YES);
    }

    static TriageRequest request(Instant received, RouteOfAccess route, List<String> risks, PersonType person, TriState appears,
            TriState urgent, TriState refuses, TriState lacksCapacity, TriState bestInterests, TriState abuse,
            TriState difficulty, TriState appropriatePerson) {
        return new TriageRequest("T-1", null, received, route, risks, person, appears, urgent, refuses, lacksCapacity, bestInterests,
                abuse, difficulty, appropriatePerson, null, null, null);
    }

    static TriageRequest refusal(PersonType person, TriState lacksCapacity, TriState bestInterests, TriState abuse, String... risks) {
        return request(FRIDAY, RouteOfAccess.COMMUNITY, List.of(risks), person, YES, NO, YES, lacksCapacity, bestInterests, abuse, NO, YES);
    }

    Decision<TriageDetails> decide(TriageRequest request) {
        return decide(request, BundledRuleSet.context());
    }

    @SuppressWarnings("unchecked")
    Decision<TriageDetails> decide(TriageRequest request, DecisionContext context) {
        List<FieldError> errors = triage.check(request, context.ruleSet());
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return (Decision<TriageDetails>) (Decision<?>) triage.decide(request, context);
    }

    static List<String> codes(List<Reason> reasons) {
        return reasons.stream().map(Reason::code).toList();
    }

    static List<String> missing(Decision<?> d) {
        return d.missing().stream().map(Missing::field).toList();
    }

    @Nested
    class Priorities {

        @Test
        void anImmediateRiskToLifeIsCriticalAndDueTheSameDay() {
            var d = decide(contact(RouteOfAccess.COMMUNITY, "IMMEDIATE_RISK_TO_LIFE"));
            assertThat(d.outcome()).isEqualTo("CRITICAL");
            assertThat(d.decisionType()).isEqualTo("TRIAGE");
            assertThat(d.details().firstContactBy()).isEqualTo(LocalDate.of(2026, 11, 20));
            assertThat(d.details().keepInTouchEveryDays()).isEqualTo(1);
            assertThat(codes(d.reasons())).contains("RISK_PRIORITY", "PRIORITY", "FIRST_CONTACT_TARGET");
        }

        @Test
        void aCarerAtRiskOfBreakdownIsHighAndDueInTwoWorkingDaysSkippingTheWeekend() {
            var d = decide(contact(RouteOfAccess.COMMUNITY, "CARER_AT_RISK_OF_BREAKDOWN"));
            assertThat(d.outcome()).isEqualTo("HIGH");
            assertThat(d.details().firstContactBy()).isEqualTo(LocalDate.of(2026, 11, 24)); // Fri -> Mon, Tue
            assertThat(d.details().firstContactTarget()).isEqualTo(new TriageDetails.FirstContactTarget(2, DayCount.WORKING_DAYS));
            assertThat(d.details().keepInTouchEveryDays()).isEqualTo(7);
        }

        @Test
        void aRecentFallInTheCommunityIsMediumAndDueInTenWorkingDays() {
            var d = decide(contact(RouteOfAccess.COMMUNITY, "RECENT_FALL"));
            assertThat(d.outcome()).isEqualTo("MEDIUM");
            assertThat(d.details().firstContactBy()).isEqualTo(LocalDate.of(2026, 12, 4));
            assertThat(d.details().keepInTouchEveryDays()).isEqualTo(14);
        }

        @Test
        void aContactWithNoPresentingRiskIsLowAndDueWithinTwentyEightDays() {
            var d = decide(contact(RouteOfAccess.COMMUNITY));
            assertThat(d.outcome()).isEqualTo("LOW");
            assertThat(codes(d.reasons())).contains("DEFAULT_PRIORITY").doesNotContain("RISK_PRIORITY");
            assertThat(d.details().firstContactBy()).isEqualTo(LocalDate.of(2026, 12, 18));
            assertThat(d.details().firstContactTarget().countedIn()).isEqualTo(DayCount.CALENDAR_DAYS);
        }

        @Test
        void theMostUrgentProposalWinsAndEveryRiskIsAReason() {
            var d = decide(contact(RouteOfAccess.COMMUNITY, "SOCIAL_ISOLATION", "RECENT_FALL", "CARER_BROKEN_DOWN"));
            assertThat(d.outcome()).isEqualTo("CRITICAL");
            assertThat(d.reasons().stream().filter(r -> r.code().equals("RISK_PRIORITY")).map(Reason::subject))
                    .containsExactly("CARER_BROKEN_DOWN", "RECENT_FALL", "SOCIAL_ISOLATION"); // table order
            Reason priority = d.reasons().stream().filter(r -> r.code().equals("PRIORITY")).findFirst().orElseThrow();
            assertThat(priority.text()).isEqualTo("Priority: critical, the most urgent that applies, for a carer who has broken down.");
            assertThat(priority.source()).isEqualTo("triage-priorities.drl.xlsx!Priorities!A11");
        }

        @Test
        void theRouteOfAccessCanRaiseTheSameRisk() {
            assertThat(decide(contact(RouteOfAccess.COMMUNITY, "ESSENTIAL_CARE_UNMET")).outcome()).isEqualTo("HIGH");
            var discharge = decide(contact(RouteOfAccess.DISCHARGE_FROM_HOSPITAL, "ESSENTIAL_CARE_UNMET"));
            assertThat(discharge.outcome()).isEqualTo("CRITICAL");
            assertThat(codes(discharge.reasons())).contains("RISK_ROUTE_PRIORITY", "ROUTE_PRIORITY");
        }

        @Test
        void aRouteAloneSetsAFloor() {
            assertThat(decide(contact(RouteOfAccess.DISCHARGE_FROM_HOSPITAL)).outcome()).isEqualTo("HIGH");
            assertThat(decide(contact(RouteOfAccess.PRISON, "SOCIAL_ISOLATION")).outcome()).isEqualTo("MEDIUM");
            assertThat(decide(contact(RouteOfAccess.PLANNED_ENTRY_TRANSITION)).outcome()).isEqualTo("LOW");
        }

        @Test
        void eachReasonNamesItsTableRowAndLegalBasis() {
            var d = decide(contact(RouteOfAccess.COMMUNITY, "RECENT_FALL"));
            Reason risk = d.reasons().stream().filter(r -> r.code().equals("RISK_PRIORITY")).findFirst().orElseThrow();
            assertThat(risk.rule()).isEqualTo("PRIORITY-080");
            assertThat(risk.source()).startsWith("triage-priorities.drl.xlsx!Priorities!A");
            assertThat(risk.legalBasis()).isEqualTo("Local front-door triage policy, presenting risks and priorities");
            assertThat(risk.text()).isEqualTo("Presenting risk: a recent fall. Local policy gives it medium priority.");
            Reason target = d.reasons().stream().filter(r -> r.code().equals("FIRST_CONTACT_TARGET")).findFirst().orElseThrow();
            assertThat(target.text()).isEqualTo("First contact is due by 2026-12-04: within 10 working days for medium priority.");
            assertThat(target.source()).startsWith("triage-targets.drl.xlsx!Targets!A");
        }
    }

    /** Issue 11: triage reads its own findings (abuse recorded, urgent needs) through table rows keyed on them. */
    @Nested
    class FindingsAtTheDoor {

        TriageRequest noRisks(PersonType person, TriState appears, TriState urgent, TriState abuse) {
            return request(FRIDAY, RouteOfAccess.COMMUNITY, List.of(), person, appears, urgent, NO, UNKNOWN, null, abuse, NO, YES);
        }

        @Test
        void abuseRecordedWithoutARiskCodeSuggestsASafeguardingConcernAndIsNotLow() {
            var d = decide(noRisks(PersonType.ADULT, YES, NO, YES));
            assertThat(d.outcome()).isEqualTo("HIGH");
            assertThat(d.details().suggestedServices()).contains(SuggestedService.SAFEGUARDING_CONCERN);
            Reason floor = d.reasons().stream().filter(r -> r.code().equals("FINDING_PRIORITY")).findFirst().orElseThrow();
            assertThat(floor.rule()).isEqualTo("PRIORITY-300");
            assertThat(floor.source()).startsWith("triage-priorities.drl.xlsx!Priorities!");
            assertThat(codes(d.reasons())).contains("ABUSE_OR_NEGLECT_RECORDED");
        }

        @Test
        void noAbuseRecordedKeepsTheEveryContactFloorAndNoSafeguardingConcern() {
            for (TriState abuse : new TriState[] {NO, UNKNOWN}) {
                var d = decide(noRisks(PersonType.ADULT, YES, NO, abuse));
                assertThat(d.outcome()).as("abuse %s", abuse).isEqualTo("LOW");
                assertThat(d.details().suggestedServices()).doesNotContain(SuggestedService.SAFEGUARDING_CONCERN);
                assertThat(codes(d.reasons())).doesNotContain("ABUSE_OR_NEGLECT_RECORDED", "FINDING_PRIORITY");
            }
        }

        @Test
        void urgentNeedsAreNeverLowNorPreventWhateverElseIsRecorded() {
            for (PersonType person : PersonType.values()) {
                for (TriState appears : TriState.values()) {
                    var d = decide(noRisks(person, appears, YES, NO));
                    assertThat(d.outcome()).as("%s, appears %s", person, appears).isEqualTo("CRITICAL");
                    assertThat(d.details().sequel()).as("%s, appears %s", person, appears).isEqualTo(Sequel.MEET);
                }
            }
        }

        /** Issue 11, done when: under the bundled tables no route, person, presenting risk or appearance of need lowers these floors. */
        @Test
        void underTheBundledTablesUrgentNeedsAreNeverLowOrPreventAndAbuseRecordedIsNeverLowAndSuggestsASafeguardingConcern() {
            List<List<String>> riskSets = new java.util.ArrayList<>();
            riskSets.add(List.of());
            TriageVocabulary.of(BundledRuleSet.get()).risks().forEach(risk -> riskSets.add(List.of(risk)));
            int decided = 0;
            for (RouteOfAccess route : RouteOfAccess.values()) {
                for (PersonType person : PersonType.values()) {
                    for (List<String> risks : riskSets) {
                        for (TriState appears : TriState.values()) {
                            var urgent = decide(request(FRIDAY, route, risks, person, appears, YES, NO, UNKNOWN, null, NO, NO, YES));
                            String where = route + ", " + person + ", " + risks + ", appears " + appears;
                            assertThat(urgent.outcome()).as("urgent: " + where).isIn("CRITICAL", "HIGH", "MEDIUM");
                            assertThat(urgent.details().sequel()).as("urgent: " + where).isNotNull().isNotEqualTo(Sequel.PREVENT);

                            var abuse = decide(request(FRIDAY, route, risks, person, appears, NO, NO, UNKNOWN, null, YES, NO, YES));
                            assertThat(abuse.outcome()).as("abuse: " + where).isIn("CRITICAL", "HIGH", "MEDIUM");
                            assertThat(abuse.details().suggestedServices()).as("abuse: " + where).contains(SuggestedService.SAFEGUARDING_CONCERN);
                            decided += 2;
                        }
                    }
                }
            }
            assertThat(decided).isGreaterThan(RouteOfAccess.values().length * PersonType.values().length * 2 * 3 * 2);
        }

        @Test
        void needsThatDoNotAppearUrgentKeepTheUsualFloorAndRung() {
            var d = decide(noRisks(PersonType.ADULT, YES, NO, NO));
            assertThat(d.outcome()).isEqualTo("LOW");
            assertThat(d.details().sequel()).isEqualTo(Sequel.PREVENT);
            assertThat(d.details().urgentNeedsPower()).isFalse();
        }

        @Test
        void theUrgentNeedsPowerIsTrueOnlyWhereNeedsAppear() {
            assertThat(decide(noRisks(PersonType.ADULT, YES, YES, NO)).details().urgentNeedsPower()).isTrue();
            var none = decide(noRisks(PersonType.ADULT, NO, YES, NO));
            assertThat(none.details().urgentNeedsPower()).isFalse();
            assertThat(none.warnings().stream().map(Reason::code)).contains("URGENT_WITHOUT_APPEARANCE_OF_NEED");
            var unknown = decide(noRisks(PersonType.ADULT, UNKNOWN, YES, NO));
            assertThat(unknown.details().urgentNeedsPower()).isNull();
            assertThat(missing(unknown)).contains("appearsToHaveCareAndSupportNeeds");
        }

        @Test
        void aPracticeLeadChangesTheUrgentFloorInTheWorkbookNotInJava() throws IOException {
            byte[] edited;
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                    BundledRuleSet.source().workbooks().get("triage-priorities.drl.xlsx")))) {
                Sheet sheet = workbook.getSheet("Priorities");
                boolean changed = false;
                for (Row row : sheet) {
                    if (row.getCell(0) != null && "PRIORITY-310".equals(row.getCell(0).getStringCellValue())) {
                        row.getCell(5).setCellValue("MEDIUM");
                        changed = true;
                    }
                }
                assertThat(changed).isTrue();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                workbook.write(out);
                edited = out.toByteArray();
            }
            RuleSet edition = new RuleSetBuilder().build(BundledRuleSet.source().withWorkbook("triage-priorities.drl.xlsx", edited));
            var d = decide(noRisks(PersonType.ADULT, YES, YES, NO), DecisionContext.of(edition, LocalDate.of(2026, 11, 22)));
            assertThat(d.outcome()).isEqualTo("MEDIUM");
        }
    }

    @Nested
    class FirstContactDates {

        @Test
        void aCriticalContactOnASaturdayIsDueThatSaturday() {
            var d = decide(request(Instant.parse("2026-11-21T10:00:00Z"), RouteOfAccess.COMMUNITY, List.of("IMMEDIATE_RISK_TO_LIFE"),
                    null, YES, YES, null, null, null, null, NO, null));
            assertThat(d.details().firstContactBy()).isEqualTo(LocalDate.of(2026, 11, 21));
        }

        @Test
        void workingDaysSkipChristmasAndTheSubstituteBoxingDay() {
            var d = decide(request(Instant.parse("2026-12-24T11:00:00Z"), RouteOfAccess.COMMUNITY, List.of("TERMINAL_ILLNESS"),
                    null, YES, NO, null, null, null, null, NO, null));
            assertThat(d.outcome()).isEqualTo("HIGH");
            assertThat(d.details().firstContactBy()).isEqualTo(LocalDate.of(2026, 12, 30));
        }

        @Test
        void theContactDateIsTheDateInLondon() {
            // 23:30 UTC on 1 July is 00:30 on 2 July in British Summer Time.
            var d = decide(request(Instant.parse("2026-07-01T23:30:00Z"), RouteOfAccess.COMMUNITY, List.of("IMMEDIATE_RISK_TO_LIFE"),
                    null, YES, YES, null, null, null, null, NO, null));
            assertThat(d.details().firstContactBy()).isEqualTo(LocalDate.of(2026, 7, 2));
        }

        @Test
        void aContactBeyondTheBankHolidayCalendarIsDatedWithAWarningNamingTheTable() {
            var late = decide(request(Instant.parse("2029-03-01T10:00:00Z"), RouteOfAccess.COMMUNITY, List.of("RECENT_FALL"),
                    null, YES, NO, null, null, null, null, NO, null));
            assertThat(late.details().firstContactBy()).isAfter(LocalDate.of(2029, 3, 1));
            assertThat(late.warnings()).extracting(r -> r.code()).contains(uk.caredecisions.calendar.CalendarHorizon.WARNING);
            assertThat(late.warnings()).anyMatch(r -> r.text().contains("calendar.drl.xlsx!BankHolidays") && r.text().contains("2028"));

            var covered = decide(request(Instant.parse("2028-03-01T10:00:00Z"), RouteOfAccess.COMMUNITY, List.of("RECENT_FALL"),
                    null, YES, NO, null, null, null, null, NO, null));
            assertThat(covered.warnings()).extracting(r -> r.code()).doesNotContain(uk.caredecisions.calendar.CalendarHorizon.WARNING);
        }
    }

    @Nested
    class Sequels {

        @Test
        void aRecentFallReducesNeedWithEquipmentAndCareTechnology() {
            var d = decide(contact(RouteOfAccess.COMMUNITY, "RECENT_FALL"));
            assertThat(d.details().sequel()).isEqualTo(Sequel.REDUCE);
            assertThat(d.details().suggestedServices()).containsExactly(SuggestedService.INFORMATION_AND_SIGNPOSTING,
                    SuggestedService.EQUIPMENT_AND_ADAPTATIONS, SuggestedService.CARE_TECHNOLOGY);
        }

        @Test
        void theHighestRungWinsAndEveryServiceIsKept() {
            var d = decide(contact(RouteOfAccess.COMMUNITY, "RECENT_FALL", "ESSENTIAL_CARE_UNMET", "SUSPECTED_ABUSE_OR_NEGLECT"));
            assertThat(d.details().sequel()).isEqualTo(Sequel.MEET);
            assertThat(d.details().suggestedServices()).contains(SuggestedService.NEEDS_ASSESSMENT, SuggestedService.SAFEGUARDING_CONCERN,
                    SuggestedService.EQUIPMENT_AND_ADAPTATIONS);
        }

        @Test
        void aContactWithNoRiskIsPreventWithInformation() {
            var d = decide(contact(RouteOfAccess.COMMUNITY));
            assertThat(d.details().sequel()).isEqualTo(Sequel.PREVENT);
            assertThat(d.details().suggestedServices()).containsExactly(SuggestedService.INFORMATION_AND_SIGNPOSTING);
        }

        @Test
        void aCarerIsOfferedACarersAssessment() {
            var d = decide(request(FRIDAY, RouteOfAccess.COMMUNITY, List.of(), PersonType.CARER, YES, NO, NO, null, null, null, NO, null));
            assertThat(d.details().suggestedServices()).contains(SuggestedService.CARERS_ASSESSMENT);
            assertThat(d.details().assessmentDuty()).isEqualTo(AssessmentDuty.ASSESS);
            assertThat(codes(d.reasons())).contains("CARER_ASSESS");
        }
    }

    @Nested
    class AssessmentDutyAndRefusal {

        @Test
        void anAdultWhoMayHaveNeedsAndHasNotRefusedMustBeAssessed() {
            var d = decide(contact(RouteOfAccess.COMMUNITY, "RECENT_FALL"));
            assertThat(d.details().assessmentDuty()).isEqualTo(AssessmentDuty.ASSESS);
            assertThat(d.reasons().stream().filter(r -> r.code().equals("ASSESS")).findFirst().orElseThrow().legalBasis())
                    .isEqualTo("Care Act 2014, s9(1)");
        }

        @Test
        void noAppearanceOfNeedMeansNoDutyToAssess() {
            var d = decide(request(FRIDAY, RouteOfAccess.COMMUNITY, List.of(), null, NO, NO, null, null, null, null, NO, null));
            assertThat(d.details().assessmentDuty()).isEqualTo(AssessmentDuty.NO_APPEARANCE_OF_NEED);
        }

        @Test
        void whetherThePersonMayHaveNeedsUnknownIsAskedForNotGuessed() {
            var d = decide(request(FRIDAY, RouteOfAccess.COMMUNITY, List.of(), null, UNKNOWN, NO, null, null, null, null, NO, null));
            assertThat(d.details().assessmentDuty()).isNull();
            assertThat(missing(d)).contains("appearsToHaveCareAndSupportNeeds");
            assertThat(d.outcome()).isEqualTo("LOW"); // the priority does not depend on it
        }

        @Test
        void aRefusalByAnAdultWithCapacityAndNoAbuseIsRespected() {
            var d = decide(refusal(PersonType.ADULT, NO, null, NO));
            assertThat(d.details().assessmentDuty()).isEqualTo(AssessmentDuty.REFUSAL_RESPECTED);
            assertThat(d.reasons().stream().filter(r -> r.code().equals("REFUSAL_RESPECTED")).findFirst().orElseThrow().legalBasis())
                    .isEqualTo("Care Act 2014, s11(1)");
            assertThat(d.missing()).isEmpty();
        }

        @Test
        void aRefusalIsOverriddenWhereTheAdultIsAtRiskOfAbuseOrNeglect() {
            var d = decide(refusal(PersonType.ADULT, NO, null, YES));
            assertThat(d.details().assessmentDuty()).isEqualTo(AssessmentDuty.ASSESS_DESPITE_REFUSAL);
            assertThat(codes(d.reasons())).contains("ASSESS_DESPITE_REFUSAL_ABUSE");
        }

        @Test
        void suspectedAbuseScreenedAtTheDoorOverridesTheRefusalWhenTheFieldIsLeftOut() {
            var d = decide(refusal(PersonType.ADULT, NO, null, null, "SUSPECTED_ABUSE_OR_NEGLECT"));
            assertThat(d.details().assessmentDuty()).isEqualTo(AssessmentDuty.ASSESS_DESPITE_REFUSAL);
            assertThat(d.outcome()).isEqualTo("CRITICAL");
        }

        @Test
        void aRefusalIsOverriddenWhereTheAdultLacksCapacityAndAssessmentIsInTheirBestInterests() {
            var d = decide(refusal(PersonType.ADULT, YES, YES, NO));
            assertThat(d.details().assessmentDuty()).isEqualTo(AssessmentDuty.ASSESS_DESPITE_REFUSAL);
            assertThat(d.reasons().stream().filter(r -> r.code().equals("ASSESS_DESPITE_REFUSAL_BEST_INTERESTS")).findFirst().orElseThrow()
                    .legalBasis()).isEqualTo("Care Act 2014, s11(2)(a)");
        }

        @Test
        void lackingCapacityAloneDoesNotOverrideWhereAssessmentIsNotInBestInterests() {
            var d = decide(refusal(PersonType.ADULT, YES, NO, NO));
            assertThat(d.details().assessmentDuty()).isEqualTo(AssessmentDuty.REFUSAL_RESPECTED);
            assertThat(codes(d.reasons())).contains("REFUSAL_RESPECTED_NOT_IN_BEST_INTERESTS");
        }

        @Test
        void anUnknownCapacityIsAskedForNotPresumedAway() {
            var d = decide(refusal(PersonType.ADULT, UNKNOWN, null, NO));
            assertThat(d.details().assessmentDuty()).isNull();
            assertThat(missing(d)).containsExactlyInAnyOrder("lacksCapacityToRefuse", "assessmentInBestInterests");
            assertThat(codes(d.reasons())).contains("REFUSAL_UNDETERMINED");
        }

        @Test
        void anUnknownAbuseOrNeglectIsAskedForBeforeARefusalIsRelliedOn() {
            var d = decide(refusal(PersonType.ADULT, NO, null, UNKNOWN));
            assertThat(d.details().assessmentDuty()).isNull();
            assertThat(missing(d)).containsExactly("abuseOrNeglect");
        }

        @Test
        void aKnownOverrideMakesOtherUnknownsIrrelevant() {
            var d = decide(refusal(PersonType.ADULT, UNKNOWN, UNKNOWN, YES));
            assertThat(d.details().assessmentDuty()).isEqualTo(AssessmentDuty.ASSESS_DESPITE_REFUSAL);
            assertThat(missing(d)).doesNotContain("lacksCapacityToRefuse", "assessmentInBestInterests");
        }

        @Test
        void aCarersRefusalHasNoOverrideEvenWithAbuseOrLackOfCapacity() {
            var d = decide(refusal(PersonType.CARER, YES, YES, YES, "SUSPECTED_ABUSE_OR_NEGLECT"));
            assertThat(d.details().assessmentDuty()).isEqualTo(AssessmentDuty.REFUSAL_RESPECTED);
            assertThat(d.reasons().stream().filter(r -> r.code().equals("CARER_REFUSAL_RESPECTED")).findFirst().orElseThrow().legalBasis())
                    .isEqualTo("Care Act 2014, s11(5)");
            assertThat(codes(d.warnings())).contains("CARER_REFUSAL_NO_OVERRIDE");
            assertThat(d.details().advocacy()).isEqualTo(Advocacy.NOT_REQUIRED);
        }

        @Test
        void aCarersRefusalWithNothingElseIsRespectedWithoutWarning() {
            var d = decide(refusal(PersonType.CARER, NO, null, NO));
            assertThat(d.details().assessmentDuty()).isEqualTo(AssessmentDuty.REFUSAL_RESPECTED);
            assertThat(d.warnings()).isEmpty();
        }
    }

    @Nested
    class Advocacy67 {

        TriageRequest withAdvocacyFacts(TriState difficulty, TriState appropriatePerson, TriState longStay, TriState disagreement) {
            return withAdvocacyFacts(difficulty, appropriatePerson, longStay, disagreement, null);
        }

        TriageRequest withAdvocacyFacts(TriState difficulty, TriState appropriatePerson, TriState longStay, TriState disagreement,
                TriState advocateInBestInterests) {
            return new TriageRequest("T-1", null, FRIDAY, RouteOfAccess.COMMUNITY, List.of(), null, YES, NO, NO, null, null, null,
                    difficulty, appropriatePerson, longStay, disagreement, advocateInBestInterests);
        }

        @Test
        void substantialDifficultyAndNoAppropriatePersonRequiresAnAdvocate() {
            var d = decide(withAdvocacyFacts(YES, NO, null, null));
            assertThat(d.details().advocacy()).isEqualTo(Advocacy.REQUIRED);
            assertThat(d.reasons().stream().filter(r -> r.code().equals("ADVOCATE_REQUIRED")).findFirst().orElseThrow().legalBasis())
                    .isEqualTo("Care Act 2014, s67(2)");
        }

        @Test
        void anAppropriatePersonMeansNoAdvocate() {
            var d = decide(withAdvocacyFacts(YES, YES, null, null));
            assertThat(d.details().advocacy()).isEqualTo(Advocacy.NOT_REQUIRED);
            assertThat(codes(d.reasons())).contains("ADVOCATE_NOT_REQUIRED_APPROPRIATE_PERSON");
        }

        @Test
        void aLikelyLongStayRequiresAnAdvocateEvenWithAnAppropriatePerson() {
            var d = decide(withAdvocacyFacts(YES, YES, YES, NO, YES));
            assertThat(d.details().advocacy()).isEqualTo(Advocacy.REQUIRED);
            assertThat(codes(d.reasons())).contains("ADVOCATE_REQUIRED_LONG_STAY");
        }

        @Test
        void aLikelyLongStayNeedsTheBestInterestsLimbOfRegulation4() {
            var notInBestInterests = decide(withAdvocacyFacts(YES, YES, YES, NO, NO));
            assertThat(notInBestInterests.details().advocacy()).isEqualTo(Advocacy.NOT_REQUIRED);
            assertThat(codes(notInBestInterests.reasons())).contains("ADVOCATE_NOT_REQUIRED_APPROPRIATE_PERSON");
            var notRecorded = decide(withAdvocacyFacts(YES, YES, YES, NO, null));
            assertThat(notRecorded.details().advocacy()).isNull();
            assertThat(missing(notRecorded)).containsExactly("advocateInBestInterests");
        }

        @Test
        void anAppropriatePersonAndNoRegulation4CircumstanceDecideAdvocacyWhateverTheDifficulty() {
            var d = decide(withAdvocacyFacts(UNKNOWN, YES, NO, NO));
            assertThat(d.details().advocacy()).isEqualTo(Advocacy.NOT_REQUIRED);
            assertThat(missing(d)).doesNotContain("substantialDifficultyBeingInvolved");
            var noPerson = decide(withAdvocacyFacts(UNKNOWN, NO, NO, NO));
            assertThat(noPerson.details().advocacy()).isNull();
            assertThat(missing(noPerson)).containsExactly("substantialDifficultyBeingInvolved");
            var stayUnknown = decide(withAdvocacyFacts(UNKNOWN, YES, UNKNOWN, NO));
            assertThat(stayUnknown.details().advocacy()).isNull();
            assertThat(missing(stayUnknown)).contains("substantialDifficultyBeingInvolved", "longHospitalOrCareHomeStayLikely");
        }

        @Test
        void aDisagreementRequiresAnAdvocateEvenWithAnAppropriatePerson() {
            var d = decide(withAdvocacyFacts(YES, YES, NO, YES));
            assertThat(d.details().advocacy()).isEqualTo(Advocacy.REQUIRED);
            assertThat(codes(d.reasons())).contains("ADVOCATE_REQUIRED_DISAGREEMENT");
        }

        @Test
        void noSubstantialDifficultyMeansNoAdvocateWhateverElse() {
            assertThat(decide(withAdvocacyFacts(NO, NO, null, null)).details().advocacy()).isEqualTo(Advocacy.NOT_REQUIRED);
        }

        @Test
        void unknownsTheAnswerDependsOnAreAskedFor() {
            var d = decide(withAdvocacyFacts(UNKNOWN, null, null, null));
            assertThat(d.details().advocacy()).isNull();
            assertThat(missing(d)).contains("substantialDifficultyBeingInvolved");
            var e = decide(withAdvocacyFacts(YES, UNKNOWN, null, null));
            assertThat(e.details().advocacy()).isNull();
            assertThat(missing(e)).contains("appropriatePersonAvailable");
        }

        @Test
        void noAssessmentMeansNoAdvocacyDutyForIt() {
            var d = decide(request(FRIDAY, RouteOfAccess.COMMUNITY, List.of(), null, NO, NO, null, null, null, null, YES, NO));
            assertThat(d.details().advocacy()).isEqualTo(Advocacy.NOT_REQUIRED);
            assertThat(codes(d.reasons())).contains("ADVOCATE_NOT_REQUIRED_NO_ASSESSMENT");
        }
    }

    @Nested
    class UrgentNeeds {

        @Test
        void urgentNeedsMayBeMetBeforeAssessment() {
            var d = decide(request(FRIDAY, RouteOfAccess.COMMUNITY, List.of("ESSENTIAL_CARE_UNMET"), null, YES, YES, NO, null, null, null, NO, null));
            assertThat(d.details().urgentNeedsPower()).isTrue();
            assertThat(d.reasons().stream().filter(r -> r.code().equals("URGENT_NEEDS_POWER")).findFirst().orElseThrow().legalBasis())
                    .isEqualTo("Care Act 2014, s19(3)");
        }

        @Test
        void needsThatDoNotAppearUrgentWaitForAssessment() {
            assertThat(decide(contact(RouteOfAccess.COMMUNITY)).details().urgentNeedsPower()).isFalse();
        }

        @Test
        void anUnknownUrgencyIsAskedFor() {
            var d = decide(request(FRIDAY, RouteOfAccess.COMMUNITY, List.of(), null, YES, UNKNOWN, NO, null, null, null, NO, null));
            assertThat(d.details().urgentNeedsPower()).isNull();
            assertThat(missing(d)).contains("urgentNeed");
        }

        @Test
        void theUrgentNeedsPowerIsNotForACarersOwnNeeds() {
            var d = decide(request(FRIDAY, RouteOfAccess.COMMUNITY, List.of("CARER_BROKEN_DOWN"), PersonType.CARER, YES, YES, NO, null, null, null, NO, null));
            assertThat(d.details().urgentNeedsPower()).isFalse();
            assertThat(codes(d.reasons())).contains("CARER_URGENT_CONSIDER_ADULT");
        }
    }

    @Nested
    class TheTablesOwnTheRiskCodes {

        @Test
        void anUnknownRiskIsRefusedNamingTheAcceptedCodes() {
            assertThatThrownBy(() -> decide(contact(RouteOfAccess.COMMUNITY, "RECENT_FALL", "FELL_OFF_A_LADDER")))
                    .isInstanceOf(InvalidRequestException.class)
                    .satisfies(e -> {
                        FieldError error = ((InvalidRequestException) e).errors().get(0);
                        assertThat(error.field()).isEqualTo("presentingRisks[1]");
                        assertThat(error.message()).contains("FELL_OFF_A_LADDER", "IMMEDIATE_RISK_TO_LIFE", "LOW_LEVEL_MENTAL_HEALTH");
                    });
        }

        @Test
        void theAcceptedCodesAreExactlyTheRisksOfThePrioritiesTable() {
            assertThat(TriageVocabulary.of(BundledRuleSet.get()).risks()).containsExactly("IMMEDIATE_RISK_TO_LIFE",
                    "SUSPECTED_ABUSE_OR_NEGLECT", "CARER_BROKEN_DOWN", "ESSENTIAL_CARE_UNMET", "CARER_AT_RISK_OF_BREAKDOWN",
                    "TERMINAL_ILLNESS", "HOSPITAL_DISCHARGE_PENDING", "RECENT_FALL", "DETERIORATING_HEALTH", "NEW_DEMENTIA_DIAGNOSIS",
                    "LIVES_ALONE_NO_SUPPORT", "RECENTLY_BEREAVED", "SOCIAL_ISOLATION", "LOW_LEVEL_MENTAL_HEALTH");
        }

        @Test
        void everyRiskCodeHasAPlainEnglishName() {
            TriageVocabulary vocabulary = TriageVocabulary.of(BundledRuleSet.get());
            assertThat(vocabulary.risks()).allSatisfy(code -> assertThat(vocabulary.name(code)).as(code).isNotBlank());
            assertThat(vocabulary.isRisk(Triage.ABUSE_RISK)).isTrue();
        }

        @Test
        void aNewRiskRowInTheWorkbookIsANewAcceptedCodeWithoutJavaChanges() throws IOException {
            byte[] edited;
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                    BundledRuleSet.source().workbooks().get("triage-priorities.drl.xlsx")))) {
                Sheet sheet = workbook.getSheet("Priorities");
                Row row = sheet.createRow(sheet.getLastRowNum() + 1);
                String[] cells = {"PRIORITY-150", "LOCAL-TRIAGE-PRIORITIES", "FIRE_RISK_AT_HOME", "", "", "HIGH"};
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                workbook.write(out);
                edited = out.toByteArray();
            }
            RuleSet edition = new RuleSetBuilder().build(BundledRuleSet.source().withWorkbook("triage-priorities.drl.xlsx", edited));
            var d = decide(contact(RouteOfAccess.COMMUNITY, "FIRE_RISK_AT_HOME"), DecisionContext.of(edition, LocalDate.of(2026, 11, 22)));
            assertThat(d.outcome()).isEqualTo("HIGH");
            assertThat(d.reasons().stream().filter(r -> r.code().equals("RISK_PRIORITY")).findFirst().orElseThrow().rule()).isEqualTo("PRIORITY-150");
            assertThatThrownBy(() -> decide(contact(RouteOfAccess.COMMUNITY, "FIRE_RISK_AT_HOME"))).isInstanceOf(InvalidRequestException.class);
        }
    }

    @Test
    void theBundledTablesHaveAFloorForEveryContactAndATargetForEveryPriority() {
        RuleSet ruleSet = BundledRuleSet.get();
        var priorities = ruleSet.table(TriageTables.PRIORITIES).orElseThrow();
        assertThat(priorities.rows()).anySatisfy(row -> {
            assertThat(row.value(2)).isEmpty();
            assertThat(row.value(3)).isEmpty();
            assertThat(row.value(priorities.columnIndex(TriageTables.FINDING_LABEL))).isEmpty();
        });
        var targets = ruleSet.table(TriageTables.TARGETS).orElseThrow();
        assertThat(targets.rows().stream().map(row -> row.value(2)))
                .containsExactlyInAnyOrder("CRITICAL", "HIGH", "MEDIUM", "LOW");
    }

    @Test
    void anEligibilityDecisionFiresNoTriageConclusions() {
        var adult = new uk.caredecisions.eligibility.AdultEligibilityDecision().decide(new uk.caredecisions.eligibility.AdultEligibilityRequest(
                "E-1", null, YES, java.util.Map.of(), YES, null, null, NO, null), BundledRuleSet.context());
        assertThat(adult.reasons()).allSatisfy(r -> assertThat(r.rule()).startsWith("ADULT-"));
        assertThat(adult.warnings()).allSatisfy(r -> assertThat(r.rule()).startsWith("ADULT-"));
    }

    @Test
    void theSameContactAlwaysGetsTheSameAnswer() {
        TriageRequest r = contact(RouteOfAccess.DIVERSION_FROM_HOSPITAL, "RECENT_FALL", "LIVES_ALONE_NO_SUPPORT", "DETERIORATING_HEALTH");
        var first = decide(r);
        for (int i = 0; i < 20; i++) {
            var again = decide(r);
            assertThat(again.outcome()).isEqualTo(first.outcome()).isEqualTo("HIGH");
            assertThat(again.reasons()).isEqualTo(first.reasons());
            assertThat(again.details()).isEqualTo(first.details());
        }
    }
}
