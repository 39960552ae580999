package uk.caredecisions.authoring;

import static uk.caredecisions.safeguarding.SafeguardingTables.IMPORTS;
import static uk.caredecisions.safeguarding.SafeguardingTables.PACKAGE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.caredecisions.rulesets.WorkbookWriter;
import uk.caredecisions.rulesets.WorkbookWriter.TableSheet;
import uk.caredecisions.safeguarding.SafeguardingTables;

/**
 * First edition of the safeguarding workbooks: threshold indicators and modifiers (from published
 * Safeguarding Adults Board threshold guidance), urgency, other enquiries, actions, routes, wording
 * and timescales.
 */
final class SafeguardingFirstEdition {

    private SafeguardingFirstEdition() {}

    private static final String THRESHOLDS = "LOCAL-SAFEGUARDING-THRESHOLDS";
    private static final String NEGLECT = "NEGLECT_AND_ACTS_OF_OMISSION";

    static Map<String, byte[]> workbooks(WorkbookWriter writer) {
        var tables = new SafeguardingTables().tables();

        Map<String, byte[]> out = new LinkedHashMap<>();

        out.put("safeguarding-thresholds.drl.xlsx", writer.write(List.of(
                "Safeguarding thresholds: types of abuse, indicators, the circumstances that raise them, and the levels",
                "Purpose: what kind of enquiry is proportionate once the s42(1) criteria are met: whether a safeguarding concern reaches the local threshold for a section 42 enquiry. Each SAC type of abuse (sheet AbuseTypes) and each indicator (sheet Indicators) has a base level; each circumstance present (harm, recurrence, other adults at risk, no remedial action, care plan not followed, a common perpetrator) raises it, and serious harm or a death reaches the threshold on its own (the floor column of Modifiers); the Levels sheet says which levels meet the threshold. Arranged by category of abuse, as the LLR threshold guidance is.",
                "The level of a concern = the highest base level of its indicators and of the SAC types sent with no indicator of that type (an indicator refines its type), + the raise of each circumstance present, at least the floor of any circumstance present, never above the highest level in Settings. A concern recorded by SAC type and harm alone is decided; that no indicator was recorded is a warning.",
                "A circumstance left out of the request is not reported: the decision is made without it and a warning lists it; sent as UNKNOWN it is an unknown and is asked for when it could change the outcome. The Modifiers column 'Applies only when the source of risk is' says which concerns a circumstance applies to (the provider's remedial action and the care plan: a service provider only).",
                "The practitioner may send their own judgement of the level (thresholdJudgement): it is recorded beside the table's level, a difference is a warning giving both, and the judgement decides.",
                "Law covered: none directly. The s42(1) criteria and the s42(2) duty, the adult's wishes and the actions the law requires are in the service's rules (s42-enquiry-duty.drl) and cannot be changed here. This guidance supports, and does not replace, professional judgement.",
                "Owner: Head of Safeguarding Adults, for the Safeguarding Adults Board.",
                "How to edit: a new row in Indicators is a new indicator code case systems may send (capitals and underscores, unique); keep one row per SAC type in AbuseTypes (the table check refuses a gap); change levels, raises and floors freely; keep each Row id unique. Validate before publishing.",
                "Change log:",
                "2026-11-22  First edition, from the examples in published Board threshold guidance.",
                "2026-12-02  2026.12.1: sheet AbuseTypes (a base level per SAC type, used when no indicator of that type is recorded: sexual, domestic abuse, modern slavery, sexual exploitation and organisational abuse at the threshold, level 3; the others at 2); serious harm and a death bring a concern to level 3 on their own (Modifiers floor column); no remedial action and care plan not followed apply only when the source of risk is a service provider (Modifiers source column); level 0 renamed."),
                List.of(
                        new TableSheet("Indicators", PACKAGE, IMPORTS, SafeguardingTables.INDICATORS, tables.get(SafeguardingTables.INDICATORS), indicators()),
                        new TableSheet("AbuseTypes", PACKAGE, IMPORTS, SafeguardingTables.ABUSE_TYPES, tables.get(SafeguardingTables.ABUSE_TYPES), List.of(
                                List.of("SG-TYPE-010", THRESHOLDS, "PHYSICAL", 2, "physical abuse"),
                                List.of("SG-TYPE-020", THRESHOLDS, "SEXUAL", 3, "sexual abuse"),
                                List.of("SG-TYPE-030", THRESHOLDS, "PSYCHOLOGICAL", 2, "psychological abuse"),
                                List.of("SG-TYPE-040", THRESHOLDS, "FINANCIAL_OR_MATERIAL", 2, "financial or material abuse"),
                                List.of("SG-TYPE-050", THRESHOLDS, "DISCRIMINATORY", 2, "discriminatory abuse"),
                                List.of("SG-TYPE-060", THRESHOLDS, "ORGANISATIONAL", 3, "organisational abuse"),
                                List.of("SG-TYPE-070", THRESHOLDS, NEGLECT, 2, "neglect and acts of omission"),
                                List.of("SG-TYPE-080", THRESHOLDS, "DOMESTIC_ABUSE", 3, "domestic abuse"),
                                List.of("SG-TYPE-090", THRESHOLDS, "SEXUAL_EXPLOITATION", 3, "sexual exploitation"),
                                List.of("SG-TYPE-100", THRESHOLDS, "MODERN_SLAVERY", 3, "modern slavery"),
                                List.of("SG-TYPE-110", THRESHOLDS, "SELF_NEGLECT", 2, "self-neglect"))),
                        new TableSheet("Modifiers", PACKAGE, IMPORTS, SafeguardingTables.MODIFIERS, tables.get(SafeguardingTables.MODIFIERS), List.of(
                                List.of("SG-MOD-010", THRESHOLDS, "HARM_SIGNIFICANT", "", 1, "", "significant harm was caused"),
                                List.of("SG-MOD-020", THRESHOLDS, "HARM_SERIOUS", "", 2, 3, "serious harm was caused"),
                                List.of("SG-MOD-030", THRESHOLDS, "HARM_DEATH", "", 2, 3, "the adult has died"),
                                List.of("SG-MOD-040", THRESHOLDS, "RECURRENT", "", 1, "", "it has happened before (a pattern)"),
                                List.of("SG-MOD-050", THRESHOLDS, "OTHER_ADULTS_AT_RISK", "", 1, "", "other adults are at risk"),
                                List.of("SG-MOD-060", THRESHOLDS, "NO_REMEDIAL_ACTION", "SERVICE_PROVIDER", 1, "", "the provider has taken no remedial action"),
                                List.of("SG-MOD-070", THRESHOLDS, "CARE_PLAN_NOT_FOLLOWED", "SERVICE_PROVIDER", 1, "", "the care plan was not followed"),
                                List.of("SG-MOD-080", THRESHOLDS, "COMMON_PERPETRATOR", "", 1, "", "the same person is alleged to have harmed others (a common perpetrator)"))),
                        new TableSheet("Levels", PACKAGE, IMPORTS, SafeguardingTables.LEVELS, tables.get(SafeguardingTables.LEVELS), List.of(
                                List.of("SG-LVL-0", THRESHOLDS, 0, "NO", "nothing recorded that reaches a level"),
                                List.of("SG-LVL-1", THRESHOLDS, 1, "NO", "the provider manages and records it"),
                                List.of("SG-LVL-2", THRESHOLDS, 2, "NO", "consultation, below the threshold"),
                                List.of("SG-LVL-3", THRESHOLDS, 3, "YES", "safeguarding, an enquiry is needed"),
                                List.of("SG-LVL-4", THRESHOLDS, 4, "YES", "serious, an urgent enquiry is needed"))),
                        new TableSheet("Settings", PACKAGE, IMPORTS, SafeguardingTables.SETTINGS, tables.get(SafeguardingTables.SETTINGS), List.of(
                                List.of("SG-SET-01", THRESHOLDS, 4))))));

        out.put("safeguarding-actions.drl.xlsx", writer.write(List.of(
                "Safeguarding responses: other enquiries, urgency, actions, routes and wording",
                "Purpose: when an enquiry is proportionate though the s42 duty does not apply; how urgent the response is; the actions local procedures require; where a concern goes when there is no enquiry; and the sentences of the reasons and the record.",
                "Other enquiries and routes: rows are tried top to bottom and the first that matches decides. Urgency: the most urgent matching row wins. Actions: every matching row adds its action.",
                "Law covered: none directly. Emergency services, police, the position-of-trust process, children's safeguarding, s68 advocacy, mental capacity and recording the reason are required by law or statutory guidance and are in the service's rules; their sentences are in the Wording sheet.",
                "Owner: Head of Safeguarding Adults.",
                "How to edit: change the white cells only; an empty condition cell means any value; keep each Row id unique; {name} in a sentence is filled in by the service. Validate before publishing.",
                "Change log:",
                "2026-11-22  First edition.",
                "2026-12-02  2026.12.1: Routes has a Threshold column; a capacitous adult's wish for no action at or above the threshold goes to multi-agency risk management (SG-ROUTE-005), below it (an other enquiry declined) to information and advice. Wording: the s42 duty worded from s42(1)-(2), the record below the threshold says the duty was considered and why no further enquiry is proportionate, a wish respected is recorded as an enquiry not pursued at the adult's request; new sentences for SAC-type levels, floors, circumstances not reported, the practitioner's judgement, children at risk and facts that could make an other enquiry proportionate."),
                List.of(
                        new TableSheet("OtherEnquiry", PACKAGE, IMPORTS, SafeguardingTables.OTHER_ENQUIRY, tables.get(SafeguardingTables.OTHER_ENQUIRY), List.of(
                                List.of("SG-OE-010", "LOCAL-SAFEGUARDING-OTHER-ENQUIRY", "NOT_MET", "MET", "", "YES", "", "", "", "MET",
                                        "the adult is a carer experiencing abuse or neglect that reaches the threshold"),
                                List.of("SG-OE-020", "LOCAL-SAFEGUARDING-OTHER-ENQUIRY", "NOT_MET", "MET", "", "", "SERIOUS", "", "", "",
                                        "the adult has no care and support needs but has come to serious harm"),
                                List.of("SG-OE-030", "LOCAL-SAFEGUARDING-OTHER-ENQUIRY", "NOT_MET", "MET", "", "", "", "YES", "", "",
                                        "the adult has no care and support needs but is in immediate danger"),
                                List.of("SG-OE-040", "LOCAL-SAFEGUARDING-OTHER-ENQUIRY", "MET", "MET", "NOT_MET", "", "", "", "YES", "MET",
                                        "the adult is thought able to protect themselves but is under coercion or duress"))),
                        new TableSheet("Urgency", PACKAGE, IMPORTS, SafeguardingTables.URGENCY, tables.get(SafeguardingTables.URGENCY), List.of(
                                List.of("SG-URG-010", "LOCAL-SAFEGUARDING-URGENCY", "YES", "", "", "", "EMERGENCY"),
                                List.of("SG-URG-020", "LOCAL-SAFEGUARDING-URGENCY", "", "SERIOUS", "", "", "URGENT"),
                                List.of("SG-URG-030", "LOCAL-SAFEGUARDING-URGENCY", "", "DEATH", "", "", "URGENT"),
                                List.of("SG-URG-040", "LOCAL-SAFEGUARDING-URGENCY", "", "", "YES", "", "URGENT"),
                                List.of("SG-URG-050", "LOCAL-SAFEGUARDING-URGENCY", "", "", "", 4, "URGENT"),
                                List.of("SG-URG-090", "LOCAL-SAFEGUARDING-URGENCY", "", "", "", 0, "STANDARD"))),
                        new TableSheet("Actions", PACKAGE, IMPORTS, SafeguardingTables.ACTIONS, tables.get(SafeguardingTables.ACTIONS), List.of(
                                List.of("SG-ACT-010", "LOCAL-SAFEGUARDING-ACTIONS", "S42_ENQUIRY", "", "", "", "", "STRATEGY_DISCUSSION"),
                                List.of("SG-ACT-020", "LOCAL-SAFEGUARDING-ACTIONS", "OTHER_ENQUIRY", "", "", "", "", "STRATEGY_DISCUSSION"),
                                List.of("SG-ACT-030", "LOCAL-SAFEGUARDING-ACTIONS", "", "SERVICE_PROVIDER", "YES", "", "", "NOTIFY_REGULATOR"),
                                List.of("SG-ACT-040", "LOCAL-SAFEGUARDING-ACTIONS", "", "SERVICE_PROVIDER", "YES", "", "", "NOTIFY_COMMISSIONER"),
                                List.of("SG-ACT-050", "LOCAL-SAFEGUARDING-ACTIONS", "", "SERVICE_PROVIDER", "YES", "", "", "CONSIDER_ORGANISATIONAL_ENQUIRY"),
                                List.of("SG-ACT-060", "LOCAL-SAFEGUARDING-ACTIONS", "OTHER_ENQUIRY", "", "", "YES", "NO", "ARRANGE_INDEPENDENT_ADVOCATE"))),
                        new TableSheet("Routes", PACKAGE, IMPORTS, SafeguardingTables.ROUTES, tables.get(SafeguardingTables.ROUTES), List.of(
                                List.of("SG-ROUTE-005", "LOCAL-SAFEGUARDING-ROUTES", "WISHES_RESPECTED", "MET", "", "", "", "", "", "MULTI_AGENCY_RISK_MANAGEMENT"),
                                List.of("SG-ROUTE-010", "LOCAL-SAFEGUARDING-ROUTES", "WISHES_RESPECTED", "", "", "", "", "", "", "INFORMATION_AND_ADVICE"),
                                List.of("SG-ROUTE-020", "LOCAL-SAFEGUARDING-ROUTES", "BELOW_THRESHOLD", "", "SERVICE_PROVIDER", "", "", "", "", "PROVIDER_INCIDENT_PROCESS"),
                                List.of("SG-ROUTE-030", "LOCAL-SAFEGUARDING-ROUTES", "BELOW_THRESHOLD", "", "", "SELF_NEGLECT", "", "", "", "MULTI_AGENCY_RISK_MANAGEMENT"),
                                List.of("SG-ROUTE-040", "LOCAL-SAFEGUARDING-ROUTES", "BELOW_THRESHOLD", "", "", "", "", "", "", "INFORMATION_AND_ADVICE"),
                                List.of("SG-ROUTE-050", "LOCAL-SAFEGUARDING-ROUTES", "CRITERIA_NOT_MET", "", "", "", "MET", "NOT_MET", "", "NEEDS_ASSESSMENT"),
                                List.of("SG-ROUTE-060", "LOCAL-SAFEGUARDING-ROUTES", "CRITERIA_NOT_MET", "", "", "", "MET", "MET", "NOT_MET", "MULTI_AGENCY_RISK_MANAGEMENT"),
                                List.of("SG-ROUTE-090", "LOCAL-SAFEGUARDING-ROUTES", "CRITERIA_NOT_MET", "", "", "", "", "", "", "INFORMATION_AND_ADVICE"))),
                        new TableSheet("Wording", PACKAGE, IMPORTS, SafeguardingTables.WORDING, tables.get(SafeguardingTables.WORDING), wording()))));

        out.put("safeguarding-timescales.drl.xlsx", writer.write(List.of(
                "Safeguarding timescales",
                "Purpose: the working days allowed for each step of a safeguarding response, by urgency. Counted from the day the concern is received (in England), skipping weekends and the bank holidays in calendar.drl.xlsx; 0 means the same working day (or the next one if received on a weekend or bank holiday).",
                "Law covered: none; the Care Act sets no timescales. These are local procedures.",
                "Owner: Head of Safeguarding Adults.",
                "How to edit: change the numbers; keep one row per urgency. Validate before publishing.",
                "Change log:",
                "2026-11-22  First edition: threshold decision by the end of the next working day (same day when urgent), strategy discussion within 5 working days (1 when urgent), enquiry concluded within 20 working days (about 4 weeks)."),
                List.of(new TableSheet("Timescales", PACKAGE, IMPORTS, SafeguardingTables.TIMESCALES, tables.get(SafeguardingTables.TIMESCALES), List.of(
                        List.of("SG-TIME-010", "LOCAL-SAFEGUARDING-TIMESCALES", "EMERGENCY", 0, 1, 20),
                        List.of("SG-TIME-020", "LOCAL-SAFEGUARDING-TIMESCALES", "URGENT", 0, 1, 20),
                        List.of("SG-TIME-030", "LOCAL-SAFEGUARDING-TIMESCALES", "STANDARD", 1, 5, 20))))));
        return out;
    }

    private static List<List<Object>> indicators() {
        Object[][] rows = {
            {"PRESSURE_ULCER_GRADE_2_OR_BELOW", NEGLECT, 2, "a pressure ulcer of grade 2 or below"},
            {"PRESSURE_ULCER_GRADE_3_OR_ABOVE", NEGLECT, 3, "a pressure ulcer of grade 3 or above"},
            {"MEDICATION_ERROR_NO_HARM", NEGLECT, 2, "a medication error or omission of a non-controlled drug with no harm"},
            {"MEDICATION_ERROR_CONTROLLED_DRUG", NEGLECT, 3, "a medication error involving a controlled drug"},
            {"MEDICATION_ERROR_WITH_HARM", NEGLECT, 3, "a medication error that caused harm"},
            {"MISSED_CARE_VISIT", NEGLECT, 2, "a missed care visit"},
            {"MISSED_DRINK_OR_MEAL", NEGLECT, 2, "a missed drink or meal"},
            {"MOVING_AND_HANDLING_BREACH", NEGLECT, 2, "a moving-and-handling breach"},
            {"WITNESSED_FALL_NO_INJURY", NEGLECT, 1, "a witnessed fall with no injury"},
            {"UNWITNESSED_FALL", NEGLECT, 2, "an unwitnessed fall"},
            {"FRACTURE_OR_DISLOCATION", NEGLECT, 3, "a fracture or dislocation"},
            {"HEAD_INJURY_NEEDING_MEDICAL_ATTENTION", NEGLECT, 3, "a head injury needing medical attention"},
            {"HOSPITAL_ADMISSION", NEGLECT, 3, "an injury or illness needing admission to hospital"},
            {"NEGLECT_IN_CARE_HOME", NEGLECT, 3, "neglect of care in a care home"},
            {"SUPERFICIAL_CUT_OR_GRAZE", "PHYSICAL", 2, "a superficial cut or graze"},
            {"SIGNIFICANT_SKIN_TEAR_BLEEDING_OR_BRUISING", "PHYSICAL", 3, "a significant skin tear, bleeding or bruising"},
            {"UNEXPLAINED_BRUISING", "PHYSICAL", 2, "unexplained minor bruising"},
            {"INAPPROPRIATE_RESTRAINT", "PHYSICAL", 3, "inappropriate restraint"},
            {"PHYSICAL_ASSAULT", "PHYSICAL", 3, "a physical assault"},
            {"PERMANENT_OR_LASTING_HARM", "PHYSICAL", 4, "permanent or lasting harm"},
            {"MISSING_ITEMS_NO_SUSPICION_OF_THEFT", "FINANCIAL_OR_MATERIAL", 2, "missing items with no suspicion of theft"},
            {"MISSING_MONEY_THEFT_SUSPECTED", "FINANCIAL_OR_MATERIAL", 3, "missing money or property where theft is suspected"},
            {"FINANCIAL_EXPLOITATION", "FINANCIAL_OR_MATERIAL", 3, "money or property taken by pressure or deception"},
            {"SEXUAL_ABUSE_ALLEGATION", "SEXUAL", 3, "an allegation of sexual abuse"},
            {"DOMESTIC_ABUSE_DISCLOSED", "DOMESTIC_ABUSE", 3, "domestic abuse disclosed or witnessed"},
            {"VERBAL_ABUSE_OR_THREATS", "PSYCHOLOGICAL", 2, "verbal abuse, threats or humiliation"},
            {"DISCRIMINATORY_TREATMENT", "DISCRIMINATORY", 2, "harassment or unequal treatment because of a protected characteristic"},
            {"POOR_PRACTICE_ACROSS_A_SERVICE", "ORGANISATIONAL", 3, "poor care practice across a service"},
            {"SELF_NEGLECT_RISK_TO_HEALTH", "SELF_NEGLECT", 2, "self-neglect affecting health or wellbeing"},
            {"SELF_NEGLECT_SERIOUS_RISK", "SELF_NEGLECT", 3, "self-neglect with a serious risk to health or safety"},
            {"SEXUAL_EXPLOITATION_INDICATORS", "SEXUAL_EXPLOITATION", 3, "signs of sexual exploitation"},
            {"MODERN_SLAVERY_INDICATORS", "MODERN_SLAVERY", 4, "signs of forced labour, servitude or trafficking"},
        };
        List<List<Object>> out = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            Object[] r = rows[i];
            out.add(List.of(String.format("SG-IND-%03d", (i + 1) * 10), THRESHOLDS, r[0], r[1], r[2], r[3]));
        }
        return out;
    }

    private static List<List<Object>> wording() {
        String[][] rows = {
            {"CARE_AND_SUPPORT_NEEDS_MET", "Criterion (a) is met: the adult has needs for care and support (whether or not they are being met, and whether or not they would be eligible)."},
            {"CARE_AND_SUPPORT_NEEDS_NOT_MET", "Criterion (a) is not met: the adult does not have needs for care and support."},
            {"CARE_AND_SUPPORT_NEEDS_UNKNOWN", "Criterion (a) is not yet known: it is not recorded whether the adult has needs for care and support."},
            {"ABUSE_OR_NEGLECT_MET", "Criterion (b) is met: there is reasonable cause to suspect that the adult is experiencing, or is at risk of, abuse or neglect."},
            {"ABUSE_OR_NEGLECT_NOT_MET", "Criterion (b) is not met: there is no reasonable cause to suspect that the adult is experiencing, or is at risk of, abuse or neglect."},
            {"ABUSE_OR_NEGLECT_UNKNOWN", "Criterion (b) is not yet known: it is not recorded whether the adult is experiencing, or is at risk of, abuse or neglect."},
            {"UNABLE_TO_PROTECT_SELF_MET", "Criterion (c) is met: as a result of those needs the adult is unable to protect themselves against the abuse or neglect or the risk of it."},
            {"UNABLE_TO_PROTECT_SELF_NOT_MET", "Criterion (c) is not met: the adult is able to protect themselves against the abuse or neglect or the risk of it."},
            {"UNABLE_TO_PROTECT_SELF_UNKNOWN", "Criterion (c) is not yet known: it is not recorded whether the adult is able to protect themselves."},
            {"INDICATOR", "Indicator: {indicator} (base level {level})."},
            {"LEVEL_RAISED", "Raised by {raise}: {modifier}."},
            {"THRESHOLD_MET", "Threshold level {level} ({levelName}): the local threshold is met."},
            {"THRESHOLD_NOT_MET", "Threshold level {level} ({levelName}): below the local threshold, and nothing not yet known could bring it up."},
            {"THRESHOLD_UNDETERMINED", "Threshold level {level} ({levelName}) on what is known: below the local threshold, but a fact not yet known could bring it up."},
            {"NO_INDICATOR_RECORDED", "No indicator is recorded for {types}: the level uses the base level of each type (sheet AbuseTypes). Recording what happened as an indicator would refine it."},
            {"LEVEL_NOT_IN_TABLE", "Threshold level {level} is not described in the Levels table, so it is treated as below the threshold; tell the practice lead."},
            {"S42_DUTY", "All three criteria of section 42(1) are met, so section 42 applies: the council must make (or cause to be made) whatever enquiries it thinks necessary to decide whether any action should be taken in the adult's case and, if so, what and by whom (section 42(2)). The local threshold and the adult's wishes decide what enquiry is proportionate."},
            {"OTHER_ENQUIRY_PROPORTIONATE", "The section 42 duty does not apply, but an enquiry is necessary and proportionate: {because}."},
            {"S42_ENQUIRY", "Decision: a section 42 enquiry, the proportionate enquiry for a concern that reaches the local threshold."},
            {"OTHER_ENQUIRY", "Decision: an other safeguarding enquiry (the council's choice, not the section 42 duty)."},
            {"WISHES_OVERRIDDEN", "The adult does not want action, but that wish is overridden for the reasons that follow, which are recorded and explained to the adult."},
            {"OVERRIDE_OTHERS_AT_RISK", "Other adults are at risk."},
            {"OVERRIDE_CRIME_SUSPECTED", "A crime is suspected."},
            {"OVERRIDE_POSITION_OF_TRUST", "The person alleged to have caused harm is in a position of trust."},
            {"OVERRIDE_COERCION_OR_DURESS", "The adult is under coercion or duress, so the wish may not be freely made."},
            {"OVERRIDE_SERIOUS_RISK_TO_LIFE", "There is a serious risk to the adult's life."},
            {"OVERRIDE_LACKS_CAPACITY", "The adult lacks capacity to make this decision, so it is made in their best interests with their wishes and feelings taken into account (Mental Capacity Act 2005, s4)."},
            {"WISHES_RESPECTED", "Decision: no further enquiry, at the adult's request. The adult has capacity to decide and does not want an enquiry, and nothing overrides that wish: no other adults or children at risk, no suspected crime, no person in a position of trust, no coercion or duress, no serious risk to life. Recorded as an enquiry not pursued at the adult's request (the Safeguarding Adults Collection counts it as ceased at the individual's request); the adult is told how to ask for help again."},
            {"WISHES_UNDETERMINED", "No decision yet: the adult does not want action, and whether that wish decides the matter depends on facts not yet recorded."},
            {"NO_ENQUIRY_CRITERIA_NOT_MET", "Decision: no enquiry. Not all the criteria of section 42(1) are met and no other enquiry is proportionate."},
            {"NO_ENQUIRY_BELOW_THRESHOLD", "Decision: no further enquiry. The duty under section 42 has been considered: the concern does not reach the local threshold, so the enquiries made to screen it are all that is necessary, and a section 42 enquiry would not be proportionate. The route below says how the risk is managed."},
            {"INSUFFICIENT_INFORMATION", "No decision yet: a fact that could change the outcome is not known."},
            {"MISSING_CARE_AND_SUPPORT_NEEDS", "Find out whether the adult has needs for care and support."},
            {"MISSING_ABUSE_OR_NEGLECT", "Find out whether there is reasonable cause to suspect the adult is experiencing, or is at risk of, abuse or neglect."},
            {"MISSING_UNABLE_TO_PROTECT_SELF", "Find out whether, because of their needs, the adult is unable to protect themselves."},
            {"MISSING_ABUSE_TYPES", "Record the type of abuse or neglect (SAC), or what happened as an indicator from the threshold table."},
            {"MISSING_HARM", "Find out what harm was caused."},
            {"MISSING_RECURRENT", "Find out whether this has happened before."},
            {"MISSING_OTHER_ADULTS_AT_RISK", "Find out whether other adults are at risk."},
            {"MISSING_PROVIDER_REMEDIAL_ACTION", "Ask the provider what remedial action it has taken."},
            {"MISSING_CARE_PLAN_FOLLOWED", "Find out whether the care plan was followed."},
            {"MISSING_COMMON_PERPETRATOR", "Find out whether the person alleged to have caused harm is the subject of other concerns."},
            {"MISSING_CRIME_SUSPECTED", "Find out whether a crime is suspected."},
            {"MISSING_ALLEGED_ABUSER_IN_POSITION_OF_TRUST", "Find out whether the person alleged to have caused harm is in a position of trust."},
            {"MISSING_COERCION_OR_DURESS", "Find out whether the adult is under coercion or duress."},
            {"MISSING_SERIOUS_RISK_TO_LIFE", "Find out whether there is a serious risk to the adult's life."},
            {"MISSING_MENTAL_CAPACITY", "Assess whether the adult has capacity to decide about a safeguarding enquiry."},
            {"ROUTE_PROVIDER_INCIDENT_PROCESS", "Route: the provider deals with it under its own incident process and records it; the council checks the outcome."},
            {"ROUTE_MULTI_AGENCY_RISK_MANAGEMENT", "Route: multi-agency risk management, for an adult whose risks remain though there is no enquiry."},
            {"ROUTE_NEEDS_ASSESSMENT", "Route: an assessment of needs for care and support (section 9)."},
            {"ROUTE_INFORMATION_AND_ADVICE", "Route: information and advice to the adult and to whoever raised the concern."},
            {"ROUTE_NOT_IN_TABLE", "No row of the Routes table matches this concern; choose a route and tell the practice lead."},
            {"URGENCY_EMERGENCY", "Urgency: emergency."},
            {"URGENCY_URGENT", "Urgency: urgent."},
            {"URGENCY_STANDARD", "Urgency: standard."},
            {"DEADLINE_THRESHOLD_DECISION", "Threshold decision by {date} (local timescale: {days} working days after the day the concern was received)."},
            {"DEADLINE_STRATEGY_DISCUSSION", "Strategy discussion by {date} (local timescale: {days} working days after the day the concern was received)."},
            {"DEADLINE_ENQUIRY_CONCLUDED", "Enquiry concluded by {date} (local timescale: {days} working days after the day the concern was received)."},
            {"CONTACT_EMERGENCY_SERVICES", "Call the emergency services now: the adult is in immediate danger."},
            {"NOTIFY_POLICE", "Tell the police: a crime is suspected. Preserve any evidence."},
            {"POSITION_OF_TRUST_PROCESS", "Follow the position-of-trust process: tell the designated lead, who tells the employer and considers a referral to the Disclosure and Barring Service."},
            {"CHILDREN_SAFEGUARDING_REFERRAL", "Refer to children's social care: children are at risk too."},
            {"ARRANGE_INDEPENDENT_ADVOCATE", "Arrange an independent advocate: the adult would have substantial difficulty being involved and there is no appropriate person to support them."},
            {"MENTAL_CAPACITY_ASSESSMENT", "Assess the adult's capacity to make decisions about the safeguarding enquiry."},
            {"RECORD_REASON_NOT_MET", "Record in the case file why there is no enquiry, with the reasons above."},
            {"STRATEGY_DISCUSSION", "Hold a strategy discussion with the agencies involved."},
            {"NOTIFY_REGULATOR", "Tell the Care Quality Commission: a provider's service puts other adults at risk."},
            {"NOTIFY_COMMISSIONER", "Tell the commissioner of the service (quality and contracts team)."},
            {"CONSIDER_ORGANISATIONAL_ENQUIRY", "Consider an organisational safeguarding enquiry into the provider."},
            {"CONSIDER_SAFEGUARDING_ADULTS_REVIEW", "Refer the case to the Safeguarding Adults Board to consider a safeguarding adults review (section 44)."},
            {"ADVOCACY_NOT_DETERMINED", "Whether the adult needs an independent advocate (section 68) is not yet known: record whether they would have substantial difficulty being involved and whether an appropriate person can support them."},
            {"RECORD_TITLE", "Record of safeguarding threshold decision (Care Act 2014, section 42)"},
            {"RECORD_NEXT_STEPS", "Actions:"},
            {"ABUSE_TYPE_LEVEL", "Type of abuse: {type} (base level {level}; no indicator of this type is recorded)."},
            {"LEVEL_FLOOR", "On its own this brings the concern to at least level {level}: {modifier}."},
            {"NOTHING_RECORDED", "Neither a type of abuse nor an indicator is recorded, so whether the concern reaches the threshold cannot be judged."},
            {"CIRCUMSTANCES_NOT_REPORTED", "Not reported, so the level is worked out without them: {circumstances}. Send each as YES, NO or UNKNOWN when it is known."},
            {"THRESHOLD_JUDGEMENT", "The practitioner's judgement of the threshold level: {level}."},
            {"THRESHOLD_JUDGEMENT_DIFFERS", "The practitioner judges the level to be {judgement} and the threshold table gives {level}: the practitioner's judgement decides, and both are recorded."},
            {"THRESHOLD_MET_BY_JUDGEMENT", "Threshold level {level} ({levelName}) in the practitioner's judgement: the local threshold is met."},
            {"THRESHOLD_NOT_MET_BY_JUDGEMENT", "Threshold level {level} ({levelName}) in the practitioner's judgement: below the local threshold."},
            {"OVERRIDE_CHILDREN_AT_RISK", "Children are at risk."},
            {"OTHER_ENQUIRY_POSSIBLE", "No decision yet: as things stand the section 42 duty does not apply, but a fact not yet known could make an other enquiry necessary and proportionate."},
            {"MISSING_CHILDREN_AT_RISK", "Find out whether children are at risk."},
            {"MISSING_IMMEDIATE_DANGER", "Find out whether the adult is in immediate danger."},
            {"MISSING_ADULT_IS_ACARER", "Find out whether the adult is a carer."},
        };
        List<List<Object>> out = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            out.add(List.of(String.format("SG-WORD-%03d", i + 1), rows[i][0], rows[i][1]));
        }
        return out;
    }
}
