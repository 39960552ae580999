package uk.caredecisions.authoring;

import static uk.caredecisions.eligibility.EligibilityTables.ADULT_PACKAGE;
import static uk.caredecisions.eligibility.EligibilityTables.CARER_PACKAGE;
import static uk.caredecisions.eligibility.EligibilityTables.IMPORTS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.caredecisions.eligibility.EligibilityTables;
import uk.caredecisions.rulesets.WorkbookWriter;
import uk.caredecisions.rulesets.WorkbookWriter.TableSheet;

/** First edition of the eligibility workbooks: outcome names, sentences, next steps and the fluctuation minimum. */
final class EligibilityFirstEdition {

    private EligibilityFirstEdition() {}

    static Map<String, byte[]> workbooks(WorkbookWriter writer) {
        var tables = new EligibilityTables().tables();

        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put("adult-eligibility.drl.xlsx", writer.write(List.of(
                "Adult eligibility: wording and local settings",
                "Purpose: the names of the ten outcomes, the sentences of the s13 written record, the next steps after a determination, and the shortest period over which fluctuating needs are considered.",
                "Law covered: Care and Support (Eligibility Criteria) Regulations 2015, reg 2; Care Act 2014, s13. The legal tests themselves are in the service's rules (reg2-adults.drl) and cannot be changed here.",
                "Owner: Principal Social Worker (adults).",
                "How to edit: change the white cells only; keep each Row id unique; {name} in a sentence is filled in by the service. Validate before publishing.",
                "Settings: the shortest period over which fluctuating needs are considered, and what a shorter or unrecorded period means where it could change the determination: MISSING_FACT (first edition: no NOT_ELIGIBLE on conditions 2 or 3 until the needs are considered long enough; the period is asked for) or WARNING_ONLY (decide on the period considered and warn).",
                "Change log:",
                "2026-11-22  First edition.",
                "2026-12-02  Rule set 2026.12.2 (issue 11): outcome (i) named in full ('including public transport'); sentences for outcomes not yet assessed and for fluctuating needs considered over too short a period; Settings column for a shorter or unrecorded period (MISSING_FACT)."),
                List.of(
                        new TableSheet("Outcomes", ADULT_PACKAGE, IMPORTS, "AdultOutcomes", tables.get("AdultOutcomes"), List.of(
                                List.of("ADULT-OUT-01", "EC2015-REG2-2", "NUTRITION", "managing and maintaining nutrition (a)"),
                                List.of("ADULT-OUT-02", "EC2015-REG2-2", "PERSONAL_HYGIENE", "maintaining personal hygiene (b)"),
                                List.of("ADULT-OUT-03", "EC2015-REG2-2", "TOILET_NEEDS", "managing toilet needs (c)"),
                                List.of("ADULT-OUT-04", "EC2015-REG2-2", "BEING_APPROPRIATELY_CLOTHED", "being appropriately clothed (d)"),
                                List.of("ADULT-OUT-05", "EC2015-REG2-2", "USING_HOME_SAFELY", "being able to make use of the home safely (e)"),
                                List.of("ADULT-OUT-06", "EC2015-REG2-2", "HABITABLE_HOME", "maintaining a habitable home environment (f)"),
                                List.of("ADULT-OUT-07", "EC2015-REG2-2", "FAMILY_AND_RELATIONSHIPS", "developing and maintaining family or other personal relationships (g)"),
                                List.of("ADULT-OUT-08", "EC2015-REG2-2", "WORK_TRAINING_EDUCATION_VOLUNTEERING", "accessing and engaging in work, training, education or volunteering (h)"),
                                List.of("ADULT-OUT-09", "EC2015-REG2-2", "USING_COMMUNITY_FACILITIES", "making use of necessary facilities or services in the local community including public transport, and recreational facilities or services (i)"),
                                List.of("ADULT-OUT-10", "EC2015-REG2-2", "CARING_FOR_A_CHILD", "carrying out caring responsibilities for a child (j)"))),
                        new TableSheet("Wording", ADULT_PACKAGE, IMPORTS, "AdultWording", tables.get("AdultWording"), List.of(
                                List.of("ADULT-WORD-001", "IMPAIRMENT_OR_ILLNESS_MET", "Condition 1 is met: the needs arise from or are related to a physical or mental impairment or illness."),
                                List.of("ADULT-WORD-002", "IMPAIRMENT_OR_ILLNESS_NOT_MET", "Condition 1 is not met: the needs do not arise from or relate to a physical or mental impairment or illness."),
                                List.of("ADULT-WORD-003", "IMPAIRMENT_OR_ILLNESS_UNKNOWN", "Condition 1 is not yet known: it has not been recorded whether the needs arise from or are related to an impairment or illness."),
                                List.of("ADULT-WORD-010", "UNABLE_WITHOUT_ASSISTANCE", "Unable to achieve {outcome} without assistance (including prompting)."),
                                List.of("ADULT-WORD-011", "SIGNIFICANT_PAIN_DISTRESS_OR_ANXIETY", "Unable to achieve {outcome}: doing so without help causes significant pain, distress or anxiety."),
                                List.of("ADULT-WORD-012", "ENDANGERS_HEALTH_OR_SAFETY", "Unable to achieve {outcome}: doing so without help endangers or is likely to endanger health or safety."),
                                List.of("ADULT-WORD-013", "TAKES_SIGNIFICANTLY_LONGER", "Unable to achieve {outcome}: doing so without help takes significantly longer than would normally be expected."),
                                List.of("ADULT-WORD-020", "OUTCOMES_NOT_ACHIEVED", "Condition 2 is met: unable to achieve {count} of the 10 specified outcomes: {outcomes}."),
                                List.of("ADULT-WORD-021", "ONLY_ONE_OUTCOME_NOT_ACHIEVED", "Condition 2 is not met: unable to achieve only one of the specified outcomes ({outcomes}); the regulations require two or more."),
                                List.of("ADULT-WORD-022", "ALL_OUTCOMES_ACHIEVED", "Condition 2 is not met: able to achieve all of the specified outcomes."),
                                List.of("ADULT-WORD-030", "SIGNIFICANT_IMPACT_MET", "Condition 3 is met: as a consequence there is, or is likely to be, a significant impact on wellbeing."),
                                List.of("ADULT-WORD-031", "SIGNIFICANT_IMPACT_NOT_MET", "Condition 3 is not met: there is not, and is not likely to be, a significant impact on wellbeing."),
                                List.of("ADULT-WORD-032", "SIGNIFICANT_IMPACT_UNKNOWN", "Condition 3 is not yet known: the practitioner has not recorded whether there is a significant impact on wellbeing."),
                                List.of("ADULT-WORD-040", "FLUCTUATION_PERIOD_TOO_SHORT", "The needs fluctuate but were considered over {days} days; local policy asks for at least {minimum} days to establish the real level of need."),
                                List.of("ADULT-WORD-041", "FLUCTUATION_PERIOD_NOT_RECORDED", "The needs fluctuate but the period over which they were considered is not recorded."),
                                List.of("ADULT-WORD-042", "FLUCTUATION_NOT_CONSIDERED", "It is not recorded whether the needs fluctuate; a good-day snapshot may understate them."),
                                List.of("ADULT-WORD-050", "ELIGIBLE", "Determination: the adult's needs meet the eligibility criteria."),
                                List.of("ADULT-WORD-051", "NOT_ELIGIBLE", "Determination: the adult's needs do not meet the eligibility criteria, because condition {number} is not met."),
                                List.of("ADULT-WORD-052", "INSUFFICIENT_INFORMATION", "No determination yet: a fact that could change the outcome is not known."),
                                List.of("ADULT-WORD-060", "MISSING_NEEDS_FROM_IMPAIRMENT_OR_ILLNESS", "Find out whether the needs arise from or are related to a physical or mental impairment or illness."),
                                List.of("ADULT-WORD-061", "MISSING_SIGNIFICANT_IMPACT_ON_WELLBEING", "Record the practitioner's judgement on whether there is, or is likely to be, a significant impact on wellbeing."),
                                List.of("ADULT-WORD-070", "RECORD_TITLE", "Record of eligibility determination (Care Act 2014, section 13; Care and Support (Eligibility Criteria) Regulations 2015, regulation 2)"),
                                List.of("ADULT-WORD-071", "RECORD_NEXT_STEPS", "What happens next:"),
                                List.of("ADULT-WORD-080", "CONSIDER_HOW_TO_MEET_NEEDS", "We will consider with you what could be done to meet your eligible needs and whether you want us to meet them (s13(3)); a care and support plan follows."),
                                List.of("ADULT-WORD-081", "ESTABLISH_ORDINARY_RESIDENCE", "We will confirm where you are ordinarily resident and the financial conditions that decide whether we must meet the needs (s18)."),
                                List.of("ADULT-WORD-082", "WRITTEN_ADVICE_AND_INFORMATION", "None of your needs are eligible. You will receive written advice and information about what can be done to meet or reduce your needs and to prevent or delay future needs (s13(5))."),
                                List.of("ADULT-WORD-083", "PREVENTION_SERVICES", "We will tell you about services that can help prevent, reduce or delay needs, such as information, equipment and reablement (s2)."),
                                List.of("ADULT-WORD-084", "COMPLETE_ASSESSMENT", "The assessment will be completed on the facts listed as missing before a determination is made."),
                                List.of("ADULT-WORD-033", "IMPACT_ROUTE_SINGLE", "The practitioner found one area of wellbeing significantly affected: {areas}."),
                                List.of("ADULT-WORD-034", "IMPACT_ROUTE_CUMULATIVE", "The practitioner found several effects on wellbeing that together amount to a significant impact: {areas}."),
                                List.of("ADULT-WORD-035", "IMPACT_ROUTE_DOMINO", "The practitioner found that further outcomes are likely to fail soon, so a significant impact is likely: {areas}."),
                                List.of("ADULT-WORD-023", "OUTCOMES_NOT_YET_ASSESSED", "Condition 2 is not yet known: {count} of the specified outcomes found not achieved so far, and not yet assessed: {outcomes}; two or more are needed."),
                                List.of("ADULT-WORD-024", "ONE_OUTCOME_NOT_YET_ASSESSED_CANNOT_MAKE_TWO", "Condition 2 is not met: no outcome is found not achieved, and only {outcomes} is not yet assessed, so two or more cannot be reached."),
                                List.of("ADULT-WORD-025", "ONLY_ONE_OUTCOME_OVER_TOO_SHORT_A_PERIOD", "Condition 2 is not yet known: only one outcome ({outcomes}) was found not achieved, but the fluctuating needs were not considered over the period local policy asks for (or the period is not recorded), so others may yet be found (reg 2(4))."),
                                List.of("ADULT-WORD-026", "ALL_OUTCOMES_ACHIEVED_OVER_TOO_SHORT_A_PERIOD", "Condition 2 is not yet known: no outcome was found not achieved, but the fluctuating needs were not considered over the period local policy asks for (or the period is not recorded), so needs may yet be found (reg 2(4))."),
                                List.of("ADULT-WORD-036", "NO_SIGNIFICANT_IMPACT_OVER_TOO_SHORT_A_PERIOD", "Condition 3 is not yet known: no significant impact on wellbeing was found, but the fluctuating needs were not considered over the period local policy asks for (or the period is not recorded) (reg 2(4))."),
                                List.of("ADULT-WORD-062", "MISSING_OUTCOME", "Complete the assessment of {outcome}: it could change whether two or more outcomes are not achieved."),
                                List.of("ADULT-WORD-063", "MISSING_FLUCTUATION_PERIOD_CONSIDERED_DAYS", "Consider the fluctuating needs over at least the period local policy asks for, and record the number of days (reg 2(4)); needs not found over a shorter period may yet be found."))),
                        new TableSheet("NextSteps", ADULT_PACKAGE, IMPORTS, "AdultNextSteps", tables.get("AdultNextSteps"), List.of(
                                List.of("ADULT-NEXT-01", "CA2014-S13-3", "ELIGIBLE", "CONSIDER_HOW_TO_MEET_NEEDS"),
                                List.of("ADULT-NEXT-02", "CA2014-S18", "ELIGIBLE", "ESTABLISH_ORDINARY_RESIDENCE"),
                                List.of("ADULT-NEXT-03", "CA2014-S13-5", "NOT_ELIGIBLE", "WRITTEN_ADVICE_AND_INFORMATION"),
                                List.of("ADULT-NEXT-04", "CA2014-S2", "NOT_ELIGIBLE", "PREVENTION_SERVICES"),
                                List.of("ADULT-NEXT-05", "CA2014-S13-1", "INSUFFICIENT_INFORMATION", "COMPLETE_ASSESSMENT"))),
                        new TableSheet("Settings", ADULT_PACKAGE, IMPORTS, "AdultSettings", tables.get("AdultSettings"), List.of(
                                List.of("ADULT-SET-01", "LOCAL-FLUCTUATING-NEEDS", 28, "MISSING_FACT"))))));

        out.put("carer-eligibility.drl.xlsx", writer.write(List.of(
                "Carer eligibility: wording and local settings",
                "Purpose: the names of the eight carer outcomes, the sentences of the s13 written record, the next steps after a determination, and the shortest period over which fluctuating needs are considered.",
                "Law covered: Care and Support (Eligibility Criteria) Regulations 2015, reg 3; Care Act 2014, s13. Carers have three 'unable' limbs only: there is no 'takes significantly longer' limb.",
                "Owner: Principal Social Worker (adults) with the carers' lead.",
                "How to edit: change the white cells only; keep each Row id unique; {name} in a sentence is filled in by the service. Validate before publishing.",
                "Settings: as for adults, the shortest fluctuation period and what a shorter or unrecorded one means (first edition: MISSING_FACT).",
                "Change log:",
                "2026-11-22  First edition.",
                "2026-12-02  Rule set 2026.12.2 (issue 11): next steps cite s13(4)(a) and s13(4)(b) (s13(3) and s20 before); outcome (iii) named in full; the health question tied to the effect of the carer's needs; sentences for outcomes not yet assessed and short fluctuation periods; Settings column for a shorter or unrecorded period (MISSING_FACT)."),
                List.of(
                        new TableSheet("Outcomes", CARER_PACKAGE, IMPORTS, "CarerOutcomes", tables.get("CarerOutcomes"), List.of(
                                List.of("CARER-OUT-01", "EC2015-REG3-2-B", "CARING_FOR_A_CHILD", "carrying out caring responsibilities for a child (i)"),
                                List.of("CARER-OUT-02", "EC2015-REG3-2-B", "CARING_FOR_OTHERS", "providing care to other persons they care for (ii)"),
                                List.of("CARER-OUT-03", "EC2015-REG3-2-B", "HABITABLE_HOME", "maintaining a habitable home environment in the carer's home (whether or not this is also the home of the adult needing care) (iii)"),
                                List.of("CARER-OUT-04", "EC2015-REG3-2-B", "NUTRITION", "managing and maintaining nutrition (iv)"),
                                List.of("CARER-OUT-05", "EC2015-REG3-2-B", "FAMILY_AND_RELATIONSHIPS", "developing and maintaining family or other personal relationships (v)"),
                                List.of("CARER-OUT-06", "EC2015-REG3-2-B", "WORK_TRAINING_EDUCATION_VOLUNTEERING", "engaging in work, training, education or volunteering (vi)"),
                                List.of("CARER-OUT-07", "EC2015-REG3-2-B", "USING_COMMUNITY_FACILITIES", "making use of necessary facilities or services in the local community (vii)"),
                                List.of("CARER-OUT-08", "EC2015-REG3-2-B", "RECREATIONAL_ACTIVITIES", "engaging in recreational activities (viii)"))),
                        new TableSheet("Wording", CARER_PACKAGE, IMPORTS, "CarerWording", tables.get("CarerWording"), List.of(
                                List.of("CARER-WORD-001", "NECESSARY_CARE_MET", "Condition 1 is met: the needs arise as a consequence of providing necessary care for an adult."),
                                List.of("CARER-WORD-002", "NECESSARY_CARE_NOT_MET", "Condition 1 is not met: the needs do not arise from providing necessary care for an adult."),
                                List.of("CARER-WORD-003", "NECESSARY_CARE_UNKNOWN", "Condition 1 is not yet known: it has not been recorded whether the carer provides necessary care."),
                                List.of("CARER-WORD-010", "UNABLE_WITHOUT_ASSISTANCE", "Unable to achieve {outcome} without assistance."),
                                List.of("CARER-WORD-011", "SIGNIFICANT_PAIN_DISTRESS_OR_ANXIETY", "Unable to achieve {outcome}: doing so causes the carer significant pain, distress or anxiety."),
                                List.of("CARER-WORD-012", "ENDANGERS_HEALTH_OR_SAFETY", "Unable to achieve {outcome}: doing so endangers or is likely to endanger the health or safety of the carer or others."),
                                List.of("CARER-WORD-013", "TAKES_LONGER_NOT_A_CARER_LIMB", "Taking significantly longer to achieve {outcome} is recorded, but it is not a ground for carers under regulation 3(3), so this outcome is treated as achieved."),
                                List.of("CARER-WORD-020", "HEALTH_DETERIORATING", "Condition 2 is met: as an effect of the carer's needs for support, the carer's physical or mental health is, or is at risk of, deteriorating."),
                                List.of("CARER-WORD-021", "CARER_OUTCOMES_NOT_ACHIEVED", "Condition 2 is met: the carer is unable to achieve {count} of the 8 specified outcomes: {outcomes}."),
                                List.of("CARER-WORD-022", "HEALTH_AND_OUTCOMES_NOT_AFFECTED", "Condition 2 is not met: the carer's needs for support are not causing their health to deteriorate (or putting it at risk), and the carer can achieve all of the specified outcomes."),
                                List.of("CARER-WORD-023", "HEALTH_NOT_KNOWN", "Condition 2 is not yet known: the carer can achieve all of the outcomes, but whether their needs for support are causing their health to deteriorate (or putting it at risk) is not recorded."),
                                List.of("CARER-WORD-030", "SIGNIFICANT_IMPACT_MET", "Condition 3 is met: as a consequence there is, or is likely to be, a significant impact on the carer's wellbeing."),
                                List.of("CARER-WORD-031", "SIGNIFICANT_IMPACT_NOT_MET", "Condition 3 is not met: there is not, and is not likely to be, a significant impact on the carer's wellbeing."),
                                List.of("CARER-WORD-032", "SIGNIFICANT_IMPACT_UNKNOWN", "Condition 3 is not yet known: the practitioner has not recorded whether there is a significant impact on the carer's wellbeing."),
                                List.of("CARER-WORD-040", "FLUCTUATION_PERIOD_TOO_SHORT", "The carer's needs fluctuate but were considered over {days} days; local policy asks for at least {minimum} days."),
                                List.of("CARER-WORD-041", "FLUCTUATION_PERIOD_NOT_RECORDED", "The carer's needs fluctuate but the period over which they were considered is not recorded."),
                                List.of("CARER-WORD-050", "ELIGIBLE", "Determination: the carer's needs meet the eligibility criteria."),
                                List.of("CARER-WORD-051", "NOT_ELIGIBLE", "Determination: the carer's needs do not meet the eligibility criteria, because condition {number} is not met."),
                                List.of("CARER-WORD-052", "INSUFFICIENT_INFORMATION", "No determination yet: a fact that could change the outcome is not known."),
                                List.of("CARER-WORD-060", "MISSING_PROVIDES_NECESSARY_CARE", "Find out whether the carer provides necessary care for an adult (care the adult cannot provide for themselves)."),
                                List.of("CARER-WORD-061", "MISSING_HEALTH_DETERIORATING_OR_AT_RISK", "Find out whether, as an effect of the carer's needs for support, the carer's physical or mental health is, or is at risk of, deteriorating."),
                                List.of("CARER-WORD-062", "MISSING_SIGNIFICANT_IMPACT_ON_WELLBEING", "Record the practitioner's judgement on whether there is, or is likely to be, a significant impact on the carer's wellbeing."),
                                List.of("CARER-WORD-070", "RECORD_TITLE", "Record of carer's eligibility determination (Care Act 2014, section 13; Care and Support (Eligibility Criteria) Regulations 2015, regulation 3)"),
                                List.of("CARER-WORD-071", "RECORD_NEXT_STEPS", "What happens next:"),
                                List.of("CARER-WORD-080", "CONSIDER_HOW_TO_MEET_NEEDS", "We will consider with you what could be done to meet your eligible needs for support (s13(4)(a)); a support plan follows."),
                                List.of("CARER-WORD-081", "ESTABLISH_ORDINARY_RESIDENCE", "We will establish whether the adult you care for is ordinarily resident in our area (s13(4)(b)); with the other conditions of s20(1), that decides our duty to meet your needs for support."),
                                List.of("CARER-WORD-082", "WRITTEN_ADVICE_AND_INFORMATION", "None of your needs for support are eligible. You will receive written advice and information about what can be done to meet or reduce them and to prevent or delay future needs (s13(5))."),
                                List.of("CARER-WORD-083", "PREVENTION_SERVICES", "We will tell you about carers' services that can help prevent or delay needs for support, such as carers' groups, breaks and information (s2)."),
                                List.of("CARER-WORD-084", "COMPLETE_ASSESSMENT", "The carer's assessment will be completed on the facts listed as missing before a determination is made."),
                                List.of("CARER-WORD-042", "FLUCTUATION_NOT_CONSIDERED", "It is not recorded whether the carer's needs fluctuate; a good-week snapshot may understate them."),
                                List.of("CARER-WORD-024", "CARER_OUTCOMES_NOT_YET_ASSESSED", "Condition 2 is not yet known: no outcome is found not achieved so far and the carer's health is not found to be deteriorating as an effect of their needs, but these outcomes are not yet assessed: {outcomes}."),
                                List.of("CARER-WORD-025", "HEALTH_AND_OUTCOMES_OVER_TOO_SHORT_A_PERIOD", "Condition 2 is not yet known: no effect on the carer's health or outcomes was found, but the fluctuating needs were not considered over the period local policy asks for (or the period is not recorded) (reg 3(4))."),
                                List.of("CARER-WORD-033", "NO_SIGNIFICANT_IMPACT_OVER_TOO_SHORT_A_PERIOD", "Condition 3 is not yet known: no significant impact on the carer's wellbeing was found, but the fluctuating needs were not considered over the period local policy asks for (or the period is not recorded) (reg 3(4))."),
                                List.of("CARER-WORD-063", "MISSING_OUTCOME", "Complete the assessment of {outcome}: one outcome the carer cannot achieve is enough for condition 2."),
                                List.of("CARER-WORD-064", "MISSING_FLUCTUATION_PERIOD_CONSIDERED_DAYS", "Consider the carer's fluctuating needs over at least the period local policy asks for, and record the number of days (reg 3(4))."))),
                        new TableSheet("NextSteps", CARER_PACKAGE, IMPORTS, "CarerNextSteps", tables.get("CarerNextSteps"), List.of(
                                List.of("CARER-NEXT-01", "CA2014-S13-4-A", "ELIGIBLE", "CONSIDER_HOW_TO_MEET_NEEDS"),
                                List.of("CARER-NEXT-02", "CA2014-S13-4-B", "ELIGIBLE", "ESTABLISH_ORDINARY_RESIDENCE"),
                                List.of("CARER-NEXT-03", "CA2014-S13-5", "NOT_ELIGIBLE", "WRITTEN_ADVICE_AND_INFORMATION"),
                                List.of("CARER-NEXT-04", "CA2014-S2", "NOT_ELIGIBLE", "PREVENTION_SERVICES"),
                                List.of("CARER-NEXT-05", "CA2014-S13-1", "INSUFFICIENT_INFORMATION", "COMPLETE_ASSESSMENT"))),
                        new TableSheet("Settings", CARER_PACKAGE, IMPORTS, "CarerSettings", tables.get("CarerSettings"), List.of(
                                List.of("CARER-SET-01", "LOCAL-FLUCTUATING-NEEDS", 28, "MISSING_FACT"))))));
        return out;
    }
}
