package uk.caredecisions.service.triage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.caredecisions.service.Http;

/** Triage, batch triage and the waiting list over real HTTP on a random port, with bad input of each kind. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.junit.jupiter.api.Tag("date-sensitive")
class TriageIntegrationTests {

    /** The example in the API contract. */
    static final String CONTACT = """
            {"caseReference": "LAS-123458", "asOf": "2026-11-22",
             "contactReceivedAt": "2026-11-20T09:15:00Z", "routeOfAccess": "COMMUNITY",
             "presentingRisks": ["CARER_AT_RISK_OF_BREAKDOWN", "RECENT_FALL"],
             "appearsToHaveCareAndSupportNeeds": "YES", "urgentNeed": "NO", "refusesAssessment": "NO",
             "lacksCapacityToRefuse": "UNKNOWN", "substantialDifficultyBeingInvolved": "NO", "appropriatePersonAvailable": "YES"}
            """;

    @LocalServerPort
    int port;

    Http http() {
        return new Http(port);
    }

    static List<String> fields(JsonNode problem) {
        List<String> out = new ArrayList<>();
        problem.get("errors").forEach(e -> out.add(e.get("field").asText()));
        return out;
    }

    @Test
    void aTriageDecisionCarriesTheEnvelopeAndTheTriageFields() {
        Http.Response response = http().post("/v1/decisions/triage", CONTACT, Http.CLIENT);
        assertThat(response.status()).isEqualTo(200);
        JsonNode d = response.json();
        assertThat(d.get("decisionType").asText()).isEqualTo("TRIAGE");
        assertThat(d.get("caseReference").asText()).isEqualTo("LAS-123458");
        assertThat(d.get("outcome").asText()).isEqualTo("HIGH");
        assertThat(d.get("asOf").asText()).isEqualTo("2026-11-22");
        assertThat(d.at("/ruleSet/sha256").asText()).matches("[0-9a-f]{64}");
        assertThat(d.get("firstContactBy").asText()).isEqualTo("2026-11-24");
        assertThat(d.at("/firstContactTarget/days").asInt()).isEqualTo(2);
        assertThat(d.at("/firstContactTarget/countedIn").asText()).isEqualTo("WORKING_DAYS");
        assertThat(d.get("keepInTouchEveryDays").asInt()).isEqualTo(7);
        assertThat(d.get("sequel").asText()).isEqualTo("REDUCE");
        assertThat(d.get("suggestedServices").toString())
                .isEqualTo("[\"INFORMATION_AND_SIGNPOSTING\",\"EQUIPMENT_AND_ADAPTATIONS\",\"CARE_TECHNOLOGY\",\"CARERS_ASSESSMENT\"]");
        assertThat(d.get("assessmentDuty").asText()).isEqualTo("ASSESS");
        assertThat(d.get("advocacy").asText()).isEqualTo("NOT_REQUIRED");
        assertThat(d.get("urgentNeedsPower").asBoolean()).isFalse();
        assertThat(d.get("routeOfAccess").asText()).isEqualTo("COMMUNITY");
        assertThat(d.get("missing").size()).isZero();
        JsonNode first = d.get("reasons").get(0);
        assertThat(first.get("code").asText()).isEqualTo("RISK_PRIORITY");
        assertThat(first.get("text").asText()).isEqualTo("Presenting risk: a carer at risk of breaking down. Local policy gives it high priority.");
        assertThat(first.get("source").asText()).startsWith("triage-priorities.drl.xlsx!Priorities!A");
        assertThat(first.get("legalBasis").asText()).isNotBlank();
        for (JsonNode reason : d.get("reasons")) {
            assertThat(reason.get("text").asText()).doesNotContain("{");
            assertThat(reason.get("legalBasis").asText()).isNotBlank();
        }
    }

    @Test
    void anUnknownRiskCodeIsA400ListingTheAcceptedCodes() {
        Http.Response response = http().post("/v1/decisions/triage",
                CONTACT.replace("\"RECENT_FALL\"", "\"FELL_OFF_A_LADDER\""), Http.CLIENT);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(fields(problem)).containsExactly("presentingRisks[1]");
        assertThat(problem.at("/errors/0/message").asText()).contains("FELL_OFF_A_LADDER", "IMMEDIATE_RISK_TO_LIFE", "RECENT_FALL",
                "LOW_LEVEL_MENTAL_HEALTH");
    }

    @Test
    void anUnknownRouteAndAMissingContactTimeAreNamedTogether() {
        Http.Response response = http().post("/v1/decisions/triage", CONTACT.replace("\"COMMUNITY\"", "\"WALK_IN\"")
                .replace("\"contactReceivedAt\": \"2026-11-20T09:15:00Z\",", "").replace("\"NO\", \"refusesAssessment\"", "\"MAYBE\", \"refusesAssessment\""),
                Http.CLIENT);
        assertThat(response.status()).isEqualTo(400);
        JsonNode problem = response.json();
        assertThat(fields(problem)).containsExactlyInAnyOrder("contactReceivedAt", "routeOfAccess", "urgentNeed");
        for (JsonNode e : problem.get("errors")) {
            if (e.get("field").asText().equals("routeOfAccess")) {
                assertThat(e.get("message").asText()).contains("COMMUNITY", "DISCHARGE_FROM_HOSPITAL", "DIVERSION_FROM_HOSPITAL",
                        "PLANNED_ENTRY_TRANSITION", "SELF_FUNDER_DEPLETED_FUNDS", "PRISON");
            }
        }
    }

    @Test
    void aContactBeyondTheBankHolidayCalendarIsDatedWithAWarningNotA500() {
        Http.Response response = http().post("/v1/decisions/triage",
                CONTACT.replace("2026-11-20T09:15:00Z", "2031-03-03T09:15:00Z"), Http.CLIENT);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("firstContactBy").asText()).startsWith("2031-03");
        assertThat(response.json().get("warnings").findValuesAsText("code")).contains("CALENDAR_NOT_COVERED");
    }

    @Test
    void anEligibilityDecisionCarriesNoTriageReasons() {
        Http.Response response = http().post("/v1/decisions/adult-eligibility", """
                {"needsFromImpairmentOrIllness": "YES", "outcomes": {"NUTRITION": {"unableWithoutAssistance": true}},
                 "significantImpactOnWellbeing": "YES"}
                """, Http.CLIENT);
        assertThat(response.status()).isEqualTo(200);
        for (JsonNode reason : response.json().get("reasons")) {
            assertThat(reason.get("rule").asText()).startsWith("ADULT-");
        }
    }

    @Test
    void batchTriageDecidesEveryGoodItemAndPutsAProblemInTheSlotOfABadOne() {
        String bad = CONTACT.replace("\"RECENT_FALL\"", "\"NOT_A_RISK\"");
        String critical = CONTACT.replace("\"CARER_AT_RISK_OF_BREAKDOWN\", \"RECENT_FALL\"", "\"IMMEDIATE_RISK_TO_LIFE\"");
        Http.Response response = http().post("/v1/decisions/triage/batch",
                "{\"requests\": [" + CONTACT + "," + bad + "," + critical + "]}", Http.CLIENT);
        assertThat(response.status()).isEqualTo(200);
        JsonNode results = response.json().get("results");
        assertThat(results.size()).isEqualTo(3);
        assertThat(results.get(0).get("outcome").asText()).isEqualTo("HIGH");
        assertThat(results.get(1).get("status").asInt()).isEqualTo(400);
        assertThat(fields(results.get(1))).containsExactly("requests[1].presentingRisks[1]");
        assertThat(results.get(1).at("/errors/0/message").asText()).contains("NOT_A_RISK", "RECENT_FALL");
        assertThat(results.get(2).get("outcome").asText()).isEqualTo("CRITICAL");
        assertThat(results.get(2).get("firstContactBy").asText()).isEqualTo("2026-11-20");
    }

    /** Issue 11: the contact as a case system records it, with no presenting-risk code. */
    static final String NO_RISK_CODES = """
            {"asOf": "2026-11-22", "contactReceivedAt": "2026-11-20T09:15:00Z", "routeOfAccess": "COMMUNITY",
             "appearsToHaveCareAndSupportNeeds": "YES", "urgentNeed": "NO", "abuseOrNeglect": "NO", "refusesAssessment": "NO",
             "substantialDifficultyBeingInvolved": "NO"}
            """;

    static List<String> codes(JsonNode reasons) {
        List<String> out = new ArrayList<>();
        reasons.forEach(r -> out.add(r.get("code").asText()));
        return out;
    }

    @Test
    void abuseRecordedWithNoRiskCodesSuggestsASafeguardingConcernAndIsNotLow() {
        JsonNode recorded = http().post("/v1/decisions/triage",
                NO_RISK_CODES.replace("\"abuseOrNeglect\": \"NO\"", "\"abuseOrNeglect\": \"YES\""), Http.CLIENT).json();
        assertThat(recorded.get("outcome").asText()).isNotEqualTo("LOW").isEqualTo("HIGH");
        assertThat(recorded.get("suggestedServices").toString()).contains("SAFEGUARDING_CONCERN");
        assertThat(codes(recorded.get("reasons"))).contains("ABUSE_OR_NEGLECT_RECORDED", "FINDING_PRIORITY");

        JsonNode notRecorded = http().post("/v1/decisions/triage", NO_RISK_CODES, Http.CLIENT).json();
        assertThat(notRecorded.get("outcome").asText()).isEqualTo("LOW");
        assertThat(notRecorded.get("suggestedServices").toString()).doesNotContain("SAFEGUARDING_CONCERN");
    }

    @Test
    void urgentNeedsAreNeverLowNorPreventUnderTheBundledTables() {
        for (String person : List.of("ADULT", "CARER")) {
            for (String appears : List.of("YES", "NO", "UNKNOWN")) {
                String body = NO_RISK_CODES.replace("\"urgentNeed\": \"NO\"", "\"urgentNeed\": \"YES\", \"personType\": \"" + person + "\"")
                        .replace("\"appearsToHaveCareAndSupportNeeds\": \"YES\"", "\"appearsToHaveCareAndSupportNeeds\": \"" + appears + "\"");
                Http.Response response = http().post("/v1/decisions/triage", body, Http.CLIENT);
                assertThat(response.status()).isEqualTo(200);
                JsonNode d = response.json();
                assertThat(d.get("outcome").asText()).as("%s, appears %s", person, appears).isNotEqualTo("LOW");
                assertThat(d.get("sequel").asText()).as("%s, appears %s", person, appears).isNotEqualTo("PREVENT");
                boolean power = d.has("urgentNeedsPower") && d.get("urgentNeedsPower").asBoolean();
                assertThat(power).as("%s, appears %s", person, appears).isEqualTo(person.equals("ADULT") && appears.equals("YES"));
            }
        }
        JsonNode notUrgent = http().post("/v1/decisions/triage", NO_RISK_CODES, Http.CLIENT).json();
        assertThat(notUrgent.get("outcome").asText()).isEqualTo("LOW");
        assertThat(notUrgent.get("sequel").asText()).isEqualTo("PREVENT");
    }

    @Test
    void aPersonWaiting83DaysReTriagedLastWeekIsEscalatedPastTargetAndKeepsTheReTriageDate() {
        String body = "{\"asOf\": \"2026-11-23\", \"cases\": ["
                + "{\"caseReference\": \"LAS-83\", \"waitingSince\": \"2026-09-01\", \"triage\": {\"contactReceivedAt\": \"2026-11-17T10:00:00Z\","
                + " \"routeOfAccess\": \"COMMUNITY\", \"presentingRisks\": [\"SOCIAL_ISOLATION\"]}},"
                + "{\"caseReference\": \"LAS-20\", \"waitingSince\": \"2026-11-03\", \"triage\": {\"contactReceivedAt\": \"2026-11-17T10:00:00Z\","
                + " \"routeOfAccess\": \"COMMUNITY\", \"presentingRisks\": [\"SOCIAL_ISOLATION\"]}}]}";
        Http.Response response = http().post("/v1/waiting-list/prioritise", body, Http.CLIENT);
        assertThat(response.status()).isEqualTo(200);
        JsonNode long83 = response.json().get("cases").get(0);
        assertThat(long83.get("caseReference").asText()).isEqualTo("LAS-83");
        assertThat(long83.get("targetDate").asText()).isEqualTo("2026-09-29");
        assertThat(long83.get("retriagedOn").asText()).isEqualTo("2026-11-17");
        assertThat(long83.get("escalationReasons").toString()).contains("PAST_TARGET");
        JsonNode short20 = response.json().get("cases").get(1);
        assertThat(short20.get("targetDate").asText()).isEqualTo("2026-12-01");
        assertThat(short20.get("retriagedOn").asText()).isEqualTo("2026-11-17");
        assertThat(short20.get("escalationReasons").toString()).doesNotContain("PAST_TARGET");
    }

    static String waiting(String reference, String since, String lastContact, String risks) {
        return "{\"caseReference\": \"" + reference + "\", \"waitingSince\": \"" + since + "\""
                + (lastContact == null ? "" : ", \"lastContactAt\": \"" + lastContact + "\"")
                + ", \"triage\": {\"routeOfAccess\": \"COMMUNITY\", \"presentingRisks\": [" + risks + "],"
                + " \"appearsToHaveCareAndSupportNeeds\": \"YES\"}}";
    }

    @Test
    void theWaitingListComesBackMostUrgentFirstWithDatesEscalationAndASummary() {
        String body = "{\"asOf\": \"2026-11-23\", \"cases\": ["
                + waiting("LAS-LOW", "2026-09-01", "2026-11-20", "\"SOCIAL_ISOLATION\"") + ","
                + waiting("LAS-MED", "2026-11-16", null, "\"RECENT_FALL\"") + ","
                + waiting("LAS-HIGH-OLD", "2026-10-01", "2026-11-20", "\"TERMINAL_ILLNESS\"") + ","
                + waiting("LAS-CRIT", "2026-11-23", null, "\"IMMEDIATE_RISK_TO_LIFE\"") + ","
                + waiting("LAS-HIGH-NEW", "2026-11-16", "2026-11-10", "\"CARER_AT_RISK_OF_BREAKDOWN\"") + "]}";
        Http.Response response = http().post("/v1/waiting-list/prioritise", body, Http.CLIENT);
        assertThat(response.status()).isEqualTo(200);
        JsonNode list = response.json();
        assertThat(list.get("asOf").asText()).isEqualTo("2026-11-23");
        assertThat(list.at("/ruleSet/version").asText()).isNotBlank();
        List<String> order = new ArrayList<>();
        list.get("cases").forEach(c -> order.add(c.get("caseReference").asText()));
        assertThat(order).containsExactly("LAS-CRIT", "LAS-HIGH-OLD", "LAS-HIGH-NEW", "LAS-MED", "LAS-LOW");

        JsonNode highOld = list.get("cases").get(1);
        assertThat(highOld.get("position").asInt()).isEqualTo(2);
        assertThat(highOld.get("priority").asText()).isEqualTo("HIGH");
        assertThat(highOld.get("targetDate").asText()).isEqualTo("2026-10-05"); // Thursday 1 October + 2 working days... Monday 5th
        assertThat(highOld.get("daysOverdue").asInt()).isEqualTo(49);
        assertThat(highOld.get("nextContactDue").asText()).isEqualTo("2026-11-27");
        assertThat(highOld.get("contactOverdue").asBoolean()).isFalse();
        assertThat(highOld.get("escalate").asBoolean()).isTrue();
        assertThat(highOld.get("escalationReasons").toString()).isEqualTo("[\"PAST_TARGET\"]");
        assertThat(highOld.get("reasons").get(0).get("source").asText()).startsWith("triage-priorities.drl.xlsx!Priorities!A");

        JsonNode highNew = list.get("cases").get(2);
        assertThat(highNew.get("daysOverdue").asInt()).isEqualTo(5);
        assertThat(highNew.get("nextContactDue").asText()).isEqualTo("2026-11-17");
        assertThat(highNew.get("escalationReasons").toString()).isEqualTo("[\"PAST_TARGET\",\"CONTACT_OVERDUE\"]");

        JsonNode crit = list.get("cases").get(0);
        assertThat(crit.get("targetDate").asText()).isEqualTo("2026-11-23");
        assertThat(crit.get("escalate").asBoolean()).isFalse();

        JsonNode summary = list.get("summary");
        assertThat(summary.get("total").asInt()).isEqualTo(5);
        assertThat(summary.get("overdue").asInt()).isEqualTo(3); // both HIGH and the LOW waiting since September
        assertThat(summary.get("contactOverdue").asInt()).isEqualTo(1);
        assertThat(summary.get("escalate").asInt()).isEqualTo(3);
        assertThat(summary.at("/byPriority/CRITICAL/cases").asInt()).isEqualTo(1);
        assertThat(summary.at("/byPriority/HIGH/cases").asInt()).isEqualTo(2);
        assertThat(summary.at("/byPriority/HIGH/overdue").asInt()).isEqualTo(2);
        assertThat(summary.at("/byPriority/MEDIUM/escalate").asInt()).isZero();
        assertThat(summary.at("/byPriority/LOW/overdue").asInt()).isEqualTo(1);
    }

    @Test
    void aBadCaseIsA400NamingItsIndexAndField() {
        String body = "{\"asOf\": \"2026-11-23\", \"cases\": ["
                + waiting("LAS-1", "2026-11-01", null, "\"RECENT_FALL\"") + ","
                + waiting("LAS-2", "2026-11-01", null, "\"RECENT_FALL\", \"UNHEARD_OF\"") + ","
                + waiting("LAS-3", "first of November", null, "") + "]}";
        Http.Response response = http().post("/v1/waiting-list/prioritise", body, Http.CLIENT);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(fields(problem)).containsExactly("cases[1].triage.presentingRisks[1]", "cases[2].waitingSince");
        assertThat(problem.at("/errors/0/message").asText()).contains("UNHEARD_OF", "SOCIAL_ISOLATION");
    }

    @Test
    void malformedWaitingListsAreRefusedNeverA500() {
        assertThat(http().post("/v1/waiting-list/prioritise", "{\"cases\": 7}", Http.CLIENT).status()).isEqualTo(400);
        assertThat(http().post("/v1/waiting-list/prioritise", "[1, 2]", Http.CLIENT).status()).isEqualTo(400);
        assertThat(http().post("/v1/waiting-list/prioritise", "{\"cases\": [", Http.CLIENT).status()).isEqualTo(400);
        assertThat(http().post("/v1/waiting-list/prioritise", "{\"asOf\": \"2001-01-01\", \"cases\": []}", Http.CLIENT).status()).isEqualTo(422);
        assertThat(http().post("/v1/waiting-list/prioritise", "{\"cases\": []}", null).status()).isEqualTo(401);
        // Read as a stream by our own parser, a broken list is the same problem as any other broken body, with where it breaks.
        Http.Response broken = http().post("/v1/waiting-list/prioritise", "{\"asOf\": \"2026-11-23\",\n \"cases\": [{\"caseReference\": }]}", Http.CLIENT);
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().path("type").asText()).endsWith("/malformed-json");
        assertThat(broken.json().at("/errors/0/message").asText()).startsWith("Malformed JSON at line 2, column ");
        Http.Response strings = http().post("/v1/waiting-list/prioritise", "{\"cases\": [\"\", \"LAS-1\"]}", Http.CLIENT);
        assertThat(strings.status()).as(strings.body()).isEqualTo(400);
        assertThat(fields(strings.json())).containsExactly("cases[0]", "cases[1]");
    }

    @Test
    void aWholeCountyListOfTenThousandCasesIsPrioritisedInOneCall() {
        String[] risks = {"\"RECENT_FALL\"", "\"SOCIAL_ISOLATION\", \"LIVES_ALONE_NO_SUPPORT\"", "", "\"TERMINAL_ILLNESS\"",
                "\"CARER_AT_RISK_OF_BREAKDOWN\", \"RECENT_FALL\"", "\"IMMEDIATE_RISK_TO_LIFE\"", "\"NEW_DEMENTIA_DIAGNOSIS\""};
        StringBuilder body = new StringBuilder("{\"asOf\": \"2026-11-23\", \"cases\": [");
        for (int i = 0; i < 10_000; i++) {
            if (i > 0) {
                body.append(',');
            }
            body.append(waiting("LAS-" + i, java.time.LocalDate.of(2026, 6, 1).plusDays(i % 170).toString(), null, risks[i % risks.length]));
        }
        body.append("]}");
        Http.Response response = http().post("/v1/waiting-list/prioritise", body.toString(), Http.CLIENT);
        assertThat(response.status()).isEqualTo(200);
        JsonNode list = response.json();
        assertThat(list.get("cases").size()).isEqualTo(10_000);
        JsonNode summary = list.get("summary");
        int sum = 0;
        for (String p : List.of("CRITICAL", "HIGH", "MEDIUM", "LOW")) {
            sum += summary.at("/byPriority/" + p + "/cases").asInt();
        }
        assertThat(sum).isEqualTo(10_000);
        int lastRank = -1;
        for (JsonNode c : list.get("cases")) {
            int rank = List.of("CRITICAL", "HIGH", "MEDIUM", "LOW").indexOf(c.get("priority").asText());
            assertThat(rank).isGreaterThanOrEqualTo(lastRank);
            lastRank = rank;
        }
    }
}
