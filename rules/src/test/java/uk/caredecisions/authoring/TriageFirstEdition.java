package uk.caredecisions.authoring;

import static uk.caredecisions.triage.TriageTables.IMPORTS;
import static uk.caredecisions.triage.TriageTables.PACKAGE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.caredecisions.rulesets.WorkbookWriter;
import uk.caredecisions.rulesets.WorkbookWriter.TableSheet;
import uk.caredecisions.triage.TriageTables;

/**
 * First edition of the front-door triage workbooks: priorities by presenting risk and route of
 * access, first-contact targets, sequels and suggested services, names and sentences. A starting
 * point drawn from the practice the seeds describe (critical same day, high within 2 working days,
 * medium within 10, low within the 28-day assessment target); each council sets its own.
 */
final class TriageFirstEdition {

    private TriageFirstEdition() {}

    private static final String P = "LOCAL-TRIAGE-PRIORITIES";
    private static final String T = "LOCAL-TRIAGE-TARGETS";
    private static final String S = "LOCAL-TRIAGE-SEQUELS";

    static Map<String, byte[]> workbooks(WorkbookWriter writer) {
        var tables = new TriageTables().tables();

        Map<String, byte[]> out = new LinkedHashMap<>();

        out.put("triage-priorities.drl.xlsx", writer.write(List.of(
                "Front-door triage: priorities",
                "Purpose: the priority each presenting risk gives a contact, on any route of access or on one route, and the plain-English names of the codes.",
                "How it decides: every row that matches proposes a priority; the most urgent proposal wins. A blank risk, route or finding means any. The row with all three blank sets the floor for every contact.",
                "Findings of the rules: rows keyed on a finding set the floor for what the service's own rules found at the door: ABUSE_OR_NEGLECT_RECORDED (the contact records abuse or neglect, by the abuseOrNeglect field or the suspected-abuse risk), URGENT_NEEDS_S19 (an adult's needs are recorded as appearing urgent) and CARER_URGENT (a carer's situation is recorded as urgent). Change the priority in those rows to change the floor.",
                "A new risk: add a row with a new code in capitals (like FIRE_RISK_AT_HOME) and give it a name in the Names sheet. The service then accepts the code; no developer is needed.",
                "Law covered: none. England has no statutory waiting-time standard; this is local policy. The legal duties at first contact (s9, s11, s19(3), s67) are in the service's rules.",
                "Owner: Head of Service, front door and duty teams.",
                "How to edit: change the white cells only; keep each Row id unique. Validate before publishing.",
                "Change log:",
                "2026-11-22  First edition.",
                "2026-12-02  Rule set 2026.12.2 (issue 11): a Finding column; rows PRIORITY-300 (abuse or neglect recorded: at least high), PRIORITY-310 (an adult's urgent needs: critical) and PRIORITY-320 (a carer's urgent situation: critical), so recorded abuse and urgency are never queued as low.",
                "2026-12-03  The three warnings below accepted, with their reason; no rule changed.",
                "Warnings accepted on purpose (validation lists them as accepted, not as warnings):",
                accepted("PRIORITY-120", "RECENTLY_BEREAVED"),
                accepted("PRIORITY-130", "SOCIAL_ISOLATION"),
                accepted("PRIORITY-140", "LOW_LEVEL_MENTAL_HEALTH")),
                List.of(new TableSheet("Priorities", PACKAGE, IMPORTS, TriageTables.PRIORITIES, tables.get(TriageTables.PRIORITIES), List.of(
                                row("PRIORITY-010", P, "IMMEDIATE_RISK_TO_LIFE", "", "", "CRITICAL"),
                                row("PRIORITY-020", P, "SUSPECTED_ABUSE_OR_NEGLECT", "", "", "CRITICAL"),
                                row("PRIORITY-030", P, "CARER_BROKEN_DOWN", "", "", "CRITICAL"),
                                row("PRIORITY-040", P, "ESSENTIAL_CARE_UNMET", "", "", "HIGH"),
                                row("PRIORITY-041", P, "ESSENTIAL_CARE_UNMET", "DISCHARGE_FROM_HOSPITAL", "", "CRITICAL"),
                                row("PRIORITY-050", P, "CARER_AT_RISK_OF_BREAKDOWN", "", "", "HIGH"),
                                row("PRIORITY-060", P, "TERMINAL_ILLNESS", "", "", "HIGH"),
                                row("PRIORITY-070", P, "HOSPITAL_DISCHARGE_PENDING", "", "", "HIGH"),
                                row("PRIORITY-080", P, "RECENT_FALL", "", "", "MEDIUM"),
                                row("PRIORITY-081", P, "RECENT_FALL", "DIVERSION_FROM_HOSPITAL", "", "HIGH"),
                                row("PRIORITY-090", P, "DETERIORATING_HEALTH", "", "", "MEDIUM"),
                                row("PRIORITY-100", P, "NEW_DEMENTIA_DIAGNOSIS", "", "", "MEDIUM"),
                                row("PRIORITY-110", P, "LIVES_ALONE_NO_SUPPORT", "", "", "MEDIUM"),
                                row("PRIORITY-120", P, "RECENTLY_BEREAVED", "", "", "LOW"),
                                row("PRIORITY-130", P, "SOCIAL_ISOLATION", "", "", "LOW"),
                                row("PRIORITY-140", P, "LOW_LEVEL_MENTAL_HEALTH", "", "", "LOW"),
                                row("PRIORITY-200", P, "", "DISCHARGE_FROM_HOSPITAL", "", "HIGH"),
                                row("PRIORITY-210", P, "", "SELF_FUNDER_DEPLETED_FUNDS", "", "MEDIUM"),
                                row("PRIORITY-220", P, "", "PRISON", "", "MEDIUM"),
                                row("PRIORITY-300", P, "", "", "ABUSE_OR_NEGLECT_RECORDED", "HIGH"),
                                row("PRIORITY-310", P, "", "", "URGENT_NEEDS_S19", "CRITICAL"),
                                row("PRIORITY-320", P, "", "", "CARER_URGENT", "CRITICAL"),
                                row("PRIORITY-900", P, "", "", "", "LOW"))),
                        new TableSheet("Names", null, List.of(), TriageTables.NAMES, tables.get(TriageTables.NAMES), names()))));

        out.put("triage-targets.drl.xlsx", writer.write(List.of(
                "Front-door triage: targets",
                "Purpose: for each priority, the time within which first contact (or allocation) is due, and how often to keep in touch while the person waits.",
                "Working days skip weekends and the bank holidays in calendar.drl.xlsx. Zero calendar days means the same day. Targets run from the date the contact was received (a waiting list: from when the person started waiting).",
                "Law covered: none; England has no statutory waiting-time standard. Local policy.",
                "Owner: Head of Service, front door and duty teams.",
                "How to edit: one row per priority; change the white cells only. Validate before publishing.",
                "Change log:",
                "2026-11-22  First edition: critical same day, high 2 working days, medium 10 working days, low 28 days."),
                List.of(new TableSheet("Targets", PACKAGE, IMPORTS, TriageTables.TARGETS, tables.get(TriageTables.TARGETS), List.of(
                        row("TARGET-CRITICAL", T, "CRITICAL", 0, "CALENDAR_DAYS", 1),
                        row("TARGET-HIGH", T, "HIGH", 2, "WORKING_DAYS", 7),
                        row("TARGET-MEDIUM", T, "MEDIUM", 10, "WORKING_DAYS", 14),
                        row("TARGET-LOW", T, "LOW", 28, "CALENDAR_DAYS", 28))))));

        out.put("triage-sequels.drl.xlsx", writer.write(List.of(
                "Front-door triage: sequels and suggested services",
                "Purpose: the rung of the Prevent / Reduce / Delay / Meet ladder and the services that fit each presenting risk, route of access or kind of person.",
                "How it decides: every row that matches proposes; the highest rung proposed is the sequel and every service proposed is suggested. Blank means any; a blank sequel only adds a service.",
                "Findings of the rules: rows keyed on ABUSE_OR_NEGLECT_RECORDED, URGENT_NEEDS_S19 or CARER_URGENT follow what the service's own rules found (recorded abuse or neglect suggests a safeguarding concern; urgent needs call for meeting them, not prevention alone).",
                "Law covered: Care Act 2014 s2 (prevent, reduce, delay) and s10 (carers). The duties to assess are in the service's rules.",
                "Owner: Head of Service, prevention and early help.",
                "How to edit: change the white cells only; keep each Row id unique. Validate before publishing.",
                "Change log:",
                "2026-11-22  First edition.",
                "2026-12-02  Rule set 2026.12.2 (issue 11): a Finding column; rows SEQUEL-400 (abuse or neglect recorded: a safeguarding concern), SEQUEL-410 (an adult's urgent needs: meet, with a crisis response) and SEQUEL-420 (a carer's urgent situation: meet, with a crisis response)."),
                List.of(new TableSheet("Sequels", PACKAGE, IMPORTS, TriageTables.SEQUELS, tables.get(TriageTables.SEQUELS), List.of(
                        row("SEQUEL-001", "CA2014-S2", "", "", "", "", "PREVENT", "INFORMATION_AND_SIGNPOSTING"),
                        row("SEQUEL-010", S, "IMMEDIATE_RISK_TO_LIFE", "", "", "", "MEET", "CRISIS_RESPONSE"),
                        row("SEQUEL-020", S, "SUSPECTED_ABUSE_OR_NEGLECT", "", "", "", "", "SAFEGUARDING_CONCERN"),
                        row("SEQUEL-030", S, "CARER_BROKEN_DOWN", "", "", "", "MEET", "CRISIS_RESPONSE"),
                        row("SEQUEL-031", S, "CARER_BROKEN_DOWN", "", "", "", "", "CARERS_ASSESSMENT"),
                        row("SEQUEL-040", S, "ESSENTIAL_CARE_UNMET", "", "", "", "MEET", "NEEDS_ASSESSMENT"),
                        row("SEQUEL-050", S, "CARER_AT_RISK_OF_BREAKDOWN", "", "", "", "REDUCE", "CARERS_ASSESSMENT"),
                        row("SEQUEL-060", S, "TERMINAL_ILLNESS", "", "", "", "MEET", "NEEDS_ASSESSMENT"),
                        row("SEQUEL-070", S, "HOSPITAL_DISCHARGE_PENDING", "", "", "", "DELAY", "REABLEMENT"),
                        row("SEQUEL-080", S, "RECENT_FALL", "", "", "", "REDUCE", "EQUIPMENT_AND_ADAPTATIONS"),
                        row("SEQUEL-081", S, "RECENT_FALL", "", "", "", "", "CARE_TECHNOLOGY"),
                        row("SEQUEL-090", S, "DETERIORATING_HEALTH", "", "", "", "DELAY", "REABLEMENT"),
                        row("SEQUEL-100", S, "NEW_DEMENTIA_DIAGNOSIS", "", "", "", "REDUCE", "CARE_TECHNOLOGY"),
                        row("SEQUEL-110", S, "LIVES_ALONE_NO_SUPPORT", "", "", "", "REDUCE", "CARE_TECHNOLOGY"),
                        row("SEQUEL-120", S, "RECENTLY_BEREAVED", "", "", "", "REDUCE", "INFORMATION_AND_SIGNPOSTING"),
                        row("SEQUEL-130", S, "SOCIAL_ISOLATION", "", "", "", "REDUCE", "INFORMATION_AND_SIGNPOSTING"),
                        row("SEQUEL-140", S, "LOW_LEVEL_MENTAL_HEALTH", "", "", "", "REDUCE", "INFORMATION_AND_SIGNPOSTING"),
                        row("SEQUEL-200", S, "", "DISCHARGE_FROM_HOSPITAL", "", "", "DELAY", "REABLEMENT"),
                        row("SEQUEL-210", S, "", "DIVERSION_FROM_HOSPITAL", "", "", "DELAY", "CRISIS_RESPONSE"),
                        row("SEQUEL-220", S, "", "SELF_FUNDER_DEPLETED_FUNDS", "", "", "MEET", "NEEDS_ASSESSMENT"),
                        row("SEQUEL-230", S, "", "PRISON", "", "", "MEET", "NEEDS_ASSESSMENT"),
                        row("SEQUEL-240", S, "", "PLANNED_ENTRY_TRANSITION", "", "", "MEET", "NEEDS_ASSESSMENT"),
                        row("SEQUEL-300", "CA2014-S10-1", "", "", "CARER", "", "REDUCE", "CARERS_ASSESSMENT"),
                        row("SEQUEL-400", "CA2014-S42-1", "", "", "", "ABUSE_OR_NEGLECT_RECORDED", "", "SAFEGUARDING_CONCERN"),
                        row("SEQUEL-410", "CA2014-S19-3", "", "", "", "URGENT_NEEDS_S19", "MEET", "CRISIS_RESPONSE"),
                        row("SEQUEL-420", S, "", "", "", "CARER_URGENT", "MEET", "CRISIS_RESPONSE"))))));

        out.put("triage-wording.drl.xlsx", writer.write(List.of(
                "Front-door triage: wording",
                "Purpose: the sentence each triage finding reads as in a reason, a warning or a missing fact. {name} is filled in by the service: {risk}, {route}, {priority}, {because}, {date}, {days}, {unit}, {sequel}, {services}, {finding}.",
                "Law covered: the sentences explain Care Act 2014 s9, s10, s11, s19(3) and s67 and the local triage policy; the legal tests themselves are in the service's rules.",
                "Owner: Principal Social Worker (adults).",
                "How to edit: change the sentences only; keep each Row id unique. Validate before publishing.",
                "Change log:",
                "2026-11-22  First edition.",
                "2026-12-02  Rule set 2026.12.2 (issue 11): sentences for findings at the door (FINDING_PRIORITY, ABUSE_OR_NEGLECT_RECORDED), urgency without an appearance of need, and the best-interests limb of advocacy regulation 4."),
                List.of(new TableSheet("Wording", PACKAGE, IMPORTS, TriageTables.WORDING, tables.get(TriageTables.WORDING), wording()))));
        return out;
    }

    private static String accepted(String row, String risk) {
        return "Accepted warning: " + row + " [no-shadowed-rows] It gives LOW like the every-contact floor PRIORITY-900, but it makes "
                + risk + " a presenting risk the service accepts and gives the contact its own reason; kept on purpose.";
    }

    private static List<Object> row(Object... cells) {
        return List.of(cells);
    }

    private static List<List<Object>> names() {
        String[][] names = {
            {"IMMEDIATE_RISK_TO_LIFE", "an immediate risk to life or safety"},
            {"SUSPECTED_ABUSE_OR_NEGLECT", "suspected abuse or neglect"},
            {"CARER_BROKEN_DOWN", "a carer who has broken down"},
            {"CARER_AT_RISK_OF_BREAKDOWN", "a carer at risk of breaking down"},
            {"ESSENTIAL_CARE_UNMET", "essential personal care unmet (eating, drinking, toileting or medication)"},
            {"TERMINAL_ILLNESS", "terminal illness"},
            {"RECENT_FALL", "a recent fall"},
            {"HOSPITAL_DISCHARGE_PENDING", "a hospital discharge pending"},
            {"DETERIORATING_HEALTH", "deteriorating health"},
            {"NEW_DEMENTIA_DIAGNOSIS", "a new diagnosis of dementia"},
            {"RECENTLY_BEREAVED", "a recent bereavement"},
            {"SOCIAL_ISOLATION", "social isolation"},
            {"LIVES_ALONE_NO_SUPPORT", "living alone with no support"},
            {"LOW_LEVEL_MENTAL_HEALTH", "low-level mental health problems"},
            {"ANY_CONTACT", "the floor every contact gets"},
            {"COMMUNITY", "community"},
            {"DISCHARGE_FROM_HOSPITAL", "discharge from hospital"},
            {"DIVERSION_FROM_HOSPITAL", "diversion from hospital services"},
            {"PLANNED_ENTRY_TRANSITION", "planned entry (transition)"},
            {"SELF_FUNDER_DEPLETED_FUNDS", "a self-funder whose funds are depleted"},
            {"PRISON", "prison"},
            {"CRITICAL", "critical"},
            {"HIGH", "high"},
            {"MEDIUM", "medium"},
            {"LOW", "low"},
            {"WORKING_DAYS", "working days"},
            {"CALENDAR_DAYS", "days"},
            {"PREVENT", "prevent"},
            {"REDUCE", "reduce"},
            {"DELAY", "delay"},
            {"MEET", "meet"},
            {"INFORMATION_AND_SIGNPOSTING", "information and signposting"},
            {"EQUIPMENT_AND_ADAPTATIONS", "equipment and adaptations"},
            {"CARE_TECHNOLOGY", "care technology"},
            {"REABLEMENT", "reablement"},
            {"CRISIS_RESPONSE", "a crisis response"},
            {"CARERS_ASSESSMENT", "a carer's assessment"},
            {"NEEDS_ASSESSMENT", "a needs assessment"},
            {"SAFEGUARDING_CONCERN", "a safeguarding concern"},
            {"ABUSE_OR_NEGLECT_RECORDED", "abuse or neglect recorded"},
            {"URGENT_NEEDS_S19", "needs that appear urgent (s19(3))"},
            {"CARER_URGENT", "a carer's urgent situation"},
        };
        List<List<Object>> rows = new ArrayList<>();
        for (String[] n : names) {
            rows.add(List.of(n[0], n[1]));
        }
        return rows;
    }

    private static List<List<Object>> wording() {
        String[][] w = {
            {"RISK_PRIORITY", "Presenting risk: {risk}. Local policy gives it {priority} priority."},
            {"RISK_ROUTE_PRIORITY", "Presenting risk: {risk}, on the route of access {route}. Local policy gives this {priority} priority."},
            {"ROUTE_PRIORITY", "Route of access: {route}. Local policy gives every such contact at least {priority} priority."},
            {"DEFAULT_PRIORITY", "Every contact is at least {priority} priority under local policy."},
            {"PRIORITY", "Priority: {priority}, the most urgent that applies, for {because}."},
            {"NO_PRIORITY_ROW", "No row of the priorities table matched this contact, so the least urgent priority applies; the table needs a row for every contact."},
            {"FIRST_CONTACT_TARGET", "First contact is due by {date}: within {days} {unit} for {priority} priority."},
            {"KEEP_IN_TOUCH", "While the person waits, keep in touch at least every {days} days ({priority} priority)."},
            {"NO_TARGET_ROW", "The targets table has no row for {priority} priority, so no first-contact date can be given."},
            {"SEQUEL", "Sequel: {sequel}. Suggested: {services}."},
            {"NO_SEQUEL_ROW", "No row of the sequels table matched, so no sequel is suggested."},
            {"ASSESS", "It appears the adult may have needs for care and support and no refusal is recorded: the council must assess (s9(1)), whatever it thinks of the level of need or of the adult's finances."},
            {"CARER_ASSESS", "It appears the carer may have needs for support and no refusal is recorded: the council must assess the carer (s10(1)), whatever the level of need or the carer's finances."},
            {"NO_APPEARANCE_OF_NEED", "It does not appear that the adult may have needs for care and support, so the duty to assess does not arise; give information and advice."},
            {"CARER_NO_APPEARANCE_OF_NEED", "It does not appear that the carer may have needs for support, so the duty to assess the carer does not arise; give information and advice."},
            {"APPEARANCE_OF_NEED_UNKNOWN", "Whether the person may have needs is not recorded, so the duty to assess cannot yet be stated."},
            {"ASSESS_DESPITE_REFUSAL_ABUSE", "The adult refuses an assessment but is experiencing, or is at risk of, abuse or neglect: the council must still assess (s11(2)(b))."},
            {"ASSESS_DESPITE_REFUSAL_BEST_INTERESTS", "The adult refuses an assessment but lacks capacity to refuse, and assessment is in their best interests: the council must still assess (s11(2)(a))."},
            {"REFUSAL_RESPECTED", "The adult has capacity to refuse, is not experiencing or at risk of abuse or neglect, and refuses an assessment: the council need not assess (s11(1)). Offer it again if they ask or their circumstances change."},
            {"REFUSAL_RESPECTED_NOT_IN_BEST_INTERESTS", "The adult refuses an assessment, there is no abuse or neglect, and assessment would not be in their best interests: the council need not assess (s11(1))."},
            {"REFUSAL_UNDETERMINED", "The adult refuses an assessment; whether the refusal can be relied on depends on facts not yet recorded (s11(2))."},
            {"CARER_REFUSAL_RESPECTED", "The carer refuses a carer's assessment: the council need not assess (s11(5)). Nothing overrides a carer's refusal; offer it again if they ask or their circumstances change."},
            {"CARER_REFUSAL_NO_OVERRIDE", "The carer who refuses may lack capacity or be at risk of abuse or neglect, but a carer's refusal has no override: consider a safeguarding concern, or the carer's own needs for care and support as an adult."},
            {"ADVOCATE_NOT_REQUIRED_NO_ASSESSMENT", "No assessment will take place, so there is no involvement for an independent advocate to support (s67)."},
            {"ADVOCATE_REQUIRED", "The person would have substantial difficulty in being involved and there is no appropriate person to support them: the council must arrange an independent advocate (s67(2))."},
            {"ADVOCATE_REQUIRED_LONG_STAY", "There is an appropriate person, but an NHS-arranged stay in hospital of 28 days or more or in a care home of 8 weeks or more is likely, and the council is satisfied an advocate would be in the person's best interests: an independent advocate is still required (reg 4)."},
            {"ADVOCATE_REQUIRED_DISAGREEMENT", "There is an appropriate person, but the council and that person disagree on a material issue and agree an advocate would be in the person's best interests: an independent advocate is still required (reg 4)."},
            {"ADVOCATE_NOT_REQUIRED_APPROPRIATE_PERSON", "An appropriate person, not paid or professional, can support the person's involvement and neither circumstance of the advocacy regulations (reg 4) applies: no independent advocate is needed (s67(5)), whether or not the person would have substantial difficulty."},
            {"ADVOCATE_NOT_REQUIRED_NO_DIFFICULTY", "The person would not have substantial difficulty in being involved: no independent advocate is needed (s67(4))."},
            {"URGENT_NEEDS_POWER", "The adult's needs appear urgent: the council may meet them now, before any assessment or eligibility determination and whatever their residence (s19(3))."},
            {"NO_URGENT_NEED", "The adult's needs do not appear urgent: assessment and determination come before services are arranged."},
            {"CARER_NOT_S19", "The urgent-needs power of s19(3) concerns an adult's needs for care and support, not a carer's needs for support."},
            {"CARER_URGENT_CONSIDER_ADULT", "The carer's situation is urgent: s19(3) does not apply to a carer's needs, but the council may meet the urgent needs of the adult cared for under it, so triage the adult too."},
            {"MISSING_APPEARS_TO_HAVE_CARE_AND_SUPPORT_NEEDS", "Record whether it appears the person may have needs for care and support (a carer: needs for support)."},
            {"MISSING_ABUSE_OR_NEGLECT", "Find out whether the adult is experiencing, or at risk of, abuse or neglect: if so the refusal cannot be relied on."},
            {"MISSING_LACKS_CAPACITY_TO_REFUSE", "Record the capacity assessment for the decision to refuse an assessment (Mental Capacity Act 2005); the service does not decide capacity."},
            {"MISSING_ASSESSMENT_IN_BEST_INTERESTS", "Record whether assessment would be in the adult's best interests."},
            {"MISSING_SUBSTANTIAL_DIFFICULTY_BEING_INVOLVED", "Record whether the person would have substantial difficulty in being involved in the assessment."},
            {"MISSING_APPROPRIATE_PERSON_AVAILABLE", "Find out whether there is an appropriate person, not paid or professional, to support the person's involvement."},
            {"MISSING_LONG_HOSPITAL_OR_CARE_HOME_STAY_LIKELY", "Find out whether a hospital stay of 28 days or more or a care-home stay of 8 weeks or more is likely."},
            {"MISSING_DISAGREEMENT_WITH_APPROPRIATE_PERSON", "Record whether the council and the appropriate person disagree about a material issue."},
            {"MISSING_URGENT_NEED", "Record whether the adult's needs appear urgent."},
            {"FINDING_PRIORITY", "Found at the door: {finding}. Local policy gives this at least {priority} priority."},
            {"ABUSE_OR_NEGLECT_RECORDED", "It is recorded that the person is experiencing, or is at risk of, abuse or neglect: raise a safeguarding concern so the council can consider its duty to make enquiries (s42(1))."},
            {"URGENT_WITHOUT_APPEARANCE_OF_NEED", "The needs are recorded as urgent, but it is also recorded that the adult does not appear to have needs for care and support: the s19(3) power has no needs to meet. Check the record."},
            {"URGENT_NEEDS_POWER_UNDETERMINED", "The needs are recorded as urgent, but whether the adult appears to have needs for care and support is not recorded: the s19(3) power cannot yet be stated."},
            {"MISSING_ADVOCATE_IN_BEST_INTERESTS", "Record whether the council is satisfied that an independent advocate would be in the person's best interests, given the long hospital or care-home stay that is likely (reg 4)."},
        };
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            rows.add(List.of(String.format("TRIAGE-WORD-%03d", (i + 1) * 5), w[i][0], w[i][1]));
        }
        return rows;
    }
}
