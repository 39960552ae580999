package uk.caredecisions.service.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The safeguarding endpoint over real HTTP on a random port, with the bundled workbooks. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("date-sensitive")
class SafeguardingIntegrationTests {

    @Autowired
    Clock clock;

    /** The request in docs/api.md, exactly. */
    static final String API_EXAMPLE = """
            {
              "caseReference": "SG-000981",
              "receivedAt": "2026-11-20T16:40:00Z",
              "careAndSupportNeeds": "YES",
              "abuseOrNeglect": "EXPERIENCING",
              "unableToProtectSelf": "YES",
              "abuseTypes": ["NEGLECT_AND_ACTS_OF_OMISSION"],
              "indicators": ["PRESSURE_ULCER_GRADE_3_OR_ABOVE"],
              "location": "CARE_HOME_NURSING",
              "sourceOfRisk": "SERVICE_PROVIDER",
              "harm": "SIGNIFICANT",
              "recurrent": "NO",
              "otherAdultsAtRisk": "UNKNOWN",
              "childrenAtRisk": "NO",
              "providerRemedialAction": "NO",
              "crimeSuspected": "NO",
              "immediateDanger": "NO",
              "allegedAbuserInPositionOfTrust": "NO",
              "mentalCapacity": "LACKS_CAPACITY",
              "adultWishes": "NOT_KNOWN",
              "coercionOrDuress": "NO",
              "substantialDifficultyBeingInvolved": "YES",
              "appropriatePersonAvailable": "NO"
            }""";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ObjectMapper json;

    private ResponseEntity<JsonNode> post(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth("case-system", "case-system-secret")
                .postForEntity(path, new HttpEntity<>(body, headers), JsonNode.class);
    }

    /** The concern received now, on the service's clock (years ahead in the time-bomb run), with no asOf. */
    @Test
    void aConcernReceivedTodayIsDecidedWithItsDeadlinesWhateverTheYear() {
        Instant now = clock.instant();
        ResponseEntity<JsonNode> response = post("/v1/decisions/safeguarding-concern",
                API_EXAMPLE.replace("2026-11-20T16:40:00Z", now.toString()));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode d = response.getBody();
        assertThat(d.get("asOf").asText()).isEqualTo(LocalDate.now(clock).toString());
        assertThat(d.get("decidedAt").asText()).isEqualTo(now.toString());
        LocalDate concluded = LocalDate.parse(d.at("/deadlines/enquiryConcludedBy").asText());
        assertThat(concluded).isAfter(LocalDate.now(clock));
        boolean pastCalendar = concluded.getYear() > 2028;
        assertThat(d.get("warnings").findValuesAsText("code").contains("CALENDAR_NOT_COVERED")).isEqualTo(pastCalendar);
    }

    @Test
    void deadlinesPastTheBankHolidayCalendarComeWithAWarningNamingTheTableNotA500() {
        ResponseEntity<JsonNode> response = post("/v1/decisions/safeguarding-concern",
                API_EXAMPLE.replace("2026-11-20T16:40:00Z", "2029-03-01T10:00:00Z"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode d = response.getBody();
        assertThat(d.at("/deadlines/thresholdDecisionBy").asText()).isEqualTo("2029-03-01");
        assertThat(d.at("/deadlines/enquiryConcludedBy").asText()).isEqualTo("2029-03-29");
        JsonNode warning = null;
        for (JsonNode w : d.get("warnings")) {
            if (w.get("code").asText().equals("CALENDAR_NOT_COVERED")) {
                warning = w;
            }
        }
        assertThat(warning).as(d.toString()).isNotNull();
        assertThat(warning.get("text").asText()).contains("calendar.drl.xlsx!BankHolidays").contains("2028");
        assertThat(d.get("record").asText()).contains("lists holidays only to 2028");
    }

    @Test
    void theApiExampleIsASection42EnquiryWithItsCriteriaLevelActionsAndDeadlines() {
        ResponseEntity<JsonNode> response = post("/v1/decisions/safeguarding-concern", API_EXAMPLE);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode d = response.getBody();
        assertThat(d.get("decisionType").asText()).isEqualTo("SAFEGUARDING_CONCERN");
        assertThat(d.get("caseReference").asText()).isEqualTo("SG-000981");
        assertThat(d.get("outcome").asText()).isEqualTo("S42_ENQUIRY");
        assertThat(d.get("ruleSet").get("sha256").asText()).hasSize(64);
        assertThat(d.get("s42Criteria").toString()).isEqualTo("{\"careAndSupportNeeds\":\"MET\",\"abuseOrNeglect\":\"MET\",\"unableToProtectSelf\":\"MET\"}");
        assertThat(d.get("thresholdLevel").asInt()).isEqualTo(4);
        assertThat(d.get("thresholdMet").asBoolean()).isTrue();
        assertThat(d.get("urgency").asText()).isEqualTo("URGENT");
        assertThat(d.has("route")).isFalse();
        assertThat(json.convertValue(d.get("actions"), String[].class)).containsExactly("ARRANGE_INDEPENDENT_ADVOCATE", "STRATEGY_DISCUSSION");
        // Received on Friday 20 November; urgent: threshold decision that day, strategy discussion the next working day.
        assertThat(d.get("deadlines").get("thresholdDecisionBy").asText()).isEqualTo("2026-11-20");
        assertThat(d.get("deadlines").get("strategyDiscussionBy").asText()).isEqualTo("2026-11-23");
        assertThat(d.get("deadlines").get("enquiryConcludedBy").asText()).isEqualTo("2026-12-18");
        assertThat(d.get("wishesOverridden").asBoolean()).isFalse();
        assertThat(d.get("abuseTypes").get(0).asText()).isEqualTo("NEGLECT_AND_ACTS_OF_OMISSION");
        assertThat(d.get("location").asText()).isEqualTo("CARE_HOME_NURSING");
        assertThat(d.get("missing")).isEmpty();
        JsonNode indicator = null;
        for (JsonNode r : d.get("reasons")) {
            assertThat(r.get("legalBasis").asText()).isNotBlank();
            if (r.get("code").asText().equals("INDICATOR")) {
                indicator = r;
            }
        }
        assertThat(indicator.get("source").asText()).isEqualTo("safeguarding-thresholds.drl.xlsx!Indicators!A10");
        assertThat(d.get("record").asText()).startsWith("Record of safeguarding threshold decision");
    }

    /** Issue 11: what a case system records (SAC type and harm, no local indicator code) is enough to decide. */
    @Test
    void theApiExampleWithoutIndicatorsIsDecidedWithReasonsCitingSection42AndTheTableRowUsed() {
        String withoutIndicators = API_EXAMPLE.replace("  \"indicators\": [\"PRESSURE_ULCER_GRADE_3_OR_ABOVE\"],\n", "");
        assertThat(withoutIndicators).doesNotContain("indicators");
        ResponseEntity<JsonNode> response = post("/v1/decisions/safeguarding-concern", withoutIndicators);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode d = response.getBody();
        assertThat(d.get("outcome").asText()).isEqualTo("S42_ENQUIRY");
        assertThat(d.get("missing")).isEmpty();
        assertThat(d.get("thresholdLevel").asInt()).isEqualTo(4);
        assertThat(d.get("thresholdMet").asBoolean()).isTrue();
        JsonNode duty = reason(d, "S42_DUTY");
        assertThat(duty.get("legalBasis").asText()).contains("s42(2)");
        assertThat(duty.get("text").asText()).contains("section 42(1)").contains("whatever enquiries it thinks necessary");
        JsonNode type = reason(d, "ABUSE_TYPE_LEVEL");
        assertThat(type.get("source").asText()).isEqualTo("safeguarding-thresholds.drl.xlsx!AbuseTypes!A15");
        assertThat(type.get("text").asText()).contains("neglect and acts of omission").contains("base level 2");
        assertThat(reason(d, "THRESHOLD_MET").get("source").asText()).startsWith("safeguarding-thresholds.drl.xlsx!Levels!A");
        assertThat(d.get("warnings").findValuesAsText("code")).contains("NO_INDICATOR_RECORDED", "CIRCUMSTANCES_NOT_REPORTED");
        assertThat(d.has("thresholdJudgement")).isFalse();
    }

    @Test
    void aThresholdJudgementIsEchoedBesideTheTablesLevelAndOneOutOfRangeIsA400() {
        String judged = API_EXAMPLE.replace("\"caseReference\": \"SG-000981\",", "\"caseReference\": \"SG-000981\", \"thresholdJudgement\": 2,");
        JsonNode d = post("/v1/decisions/safeguarding-concern", judged).getBody();
        assertThat(d.get("outcome").asText()).isEqualTo("NO_ENQUIRY");
        assertThat(d.get("thresholdLevel").asInt()).isEqualTo(4);
        assertThat(d.get("thresholdJudgement").asInt()).isEqualTo(2);
        assertThat(d.get("warnings").findValuesAsText("code")).contains("THRESHOLD_JUDGEMENT_DIFFERS");

        ResponseEntity<JsonNode> tooHigh = post("/v1/decisions/safeguarding-concern", judged.replace("\"thresholdJudgement\": 2", "\"thresholdJudgement\": 9"));
        assertThat(tooHigh.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooHigh.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(tooHigh.getBody().get("errors").findValuesAsText("field")).containsExactly("thresholdJudgement");
        ResponseEntity<JsonNode> words = post("/v1/decisions/safeguarding-concern", judged.replace("\"thresholdJudgement\": 2", "\"thresholdJudgement\": \"high\""));
        assertThat(words.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(words.getBody().get("errors").findValuesAsText("field")).contains("thresholdJudgement");
    }

    private static JsonNode reason(JsonNode decision, String code) {
        for (JsonNode r : decision.get("reasons")) {
            if (r.get("code").asText().equals(code)) {
                return r;
            }
        }
        throw new AssertionError("no reason " + code + " in " + decision.get("reasons"));
    }

    @Test
    void anUnknownIndicatorIsA400ListingTheAcceptedCodes() {
        ResponseEntity<JsonNode> response = post("/v1/decisions/safeguarding-concern",
                API_EXAMPLE.replace("\"PRESSURE_ULCER_GRADE_3_OR_ABOVE\"", "\"PRESSURE_SORE\""));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        JsonNode error = response.getBody().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("indicators[0]");
        assertThat(error.get("message").asText()).contains("PRESSURE_SORE").contains("PRESSURE_ULCER_GRADE_2_OR_BELOW").contains("MISSED_CARE_VISIT");
    }

    @Test
    void anIndicatorTypoIsNamedInTheSameAnswerAsTheOtherBadFields() {
        ResponseEntity<JsonNode> response = post("/v1/decisions/safeguarding-concern", API_EXAMPLE
                .replace("\"PRESSURE_ULCER_GRADE_3_OR_ABOVE\"", "\"PRESSURE_SORE\"")
                .replace("\"NEGLECT_AND_ACTS_OF_OMISSION\"", "\"NEGLECT\"")
                .replace("\"receivedAt\": \"2026-11-20T16:40:00Z\",", ""));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).contains("indicators[0]", "abuseTypes[0]", "receivedAt");
    }

    @Test
    void aPresentingRiskTypoIsNamedInTheSameAnswerAsABadEnum() {
        ResponseEntity<JsonNode> response = post("/v1/decisions/triage", """
                {"contactReceivedAt": "2026-11-20T09:00:00Z", "routeOfAccess": "WALK_IN", "personType": "ADULT",
                 "presentingRisks": ["RECENT_FALLS"]}""");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("routeOfAccess", "presentingRisks[0]");
    }

    @Test
    void anUnknownAbuseTypeAndAMissingReceivedAtAreBothNamed() {
        ResponseEntity<JsonNode> response = post("/v1/decisions/safeguarding-concern", API_EXAMPLE
                .replace("\"NEGLECT_AND_ACTS_OF_OMISSION\"", "\"NEGLECT\"")
                .replace("\"receivedAt\": \"2026-11-20T16:40:00Z\",", ""));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode errors = response.getBody().get("errors");
        assertThat(errors.findValuesAsText("field")).containsExactlyInAnyOrder("abuseTypes[0]", "receivedAt");
        assertThat(errors.toString()).contains("SELF_NEGLECT").contains("MODERN_SLAVERY");
    }

    @Test
    void aWrongTypeAndAnUnknownFieldAre400sNot500s() {
        ResponseEntity<JsonNode> response = post("/v1/decisions/safeguarding-concern", API_EXAMPLE
                .replace("\"receivedAt\": \"2026-11-20T16:40:00Z\"", "\"receivedAt\": \"last Friday\"")
                .replace("\"harm\": \"SIGNIFICANT\"", "\"harm\": 3, \"victimName\": \"x\""));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("receivedAt", "harm", "victimName");
    }

    @Test
    void malformedJsonIsA400() {
        ResponseEntity<JsonNode> response = post("/v1/decisions/safeguarding-concern", "{\"receivedAt\": ");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aCallerWithoutCredentialsIsRefused() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = rest.postForEntity("/v1/decisions/safeguarding-concern", new HttpEntity<>(API_EXAMPLE, headers), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aBatchDecidesEachConcernAndPutsAProblemInTheSlotOfABadOne() {
        String bad = API_EXAMPLE.replace("\"PRESSURE_ULCER_GRADE_3_OR_ABOVE\"", "\"BRUISE\"");
        String below = API_EXAMPLE.replace("\"PRESSURE_ULCER_GRADE_3_OR_ABOVE\"", "\"MISSED_CARE_VISIT\"")
                .replace("\"harm\": \"SIGNIFICANT\"", "\"harm\": \"NONE\"").replace("\"providerRemedialAction\": \"NO\"", "\"providerRemedialAction\": \"YES\"")
                .replace("\"otherAdultsAtRisk\": \"UNKNOWN\"", "\"otherAdultsAtRisk\": \"NO\", \"carePlanFollowed\": \"YES\", \"commonPerpetrator\": \"NO\"");
        ResponseEntity<JsonNode> response = post("/v1/decisions/safeguarding-concern/batch",
                "{\"requests\": [" + API_EXAMPLE + "," + bad + "," + below + "]}");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode results = response.getBody().get("results");
        assertThat(results.get(0).get("outcome").asText()).isEqualTo("S42_ENQUIRY");
        assertThat(results.get(1).get("status").asInt()).isEqualTo(400);
        assertThat(results.get(2).get("outcome").asText()).isEqualTo("NO_ENQUIRY");
        assertThat(results.get(2).get("route").asText()).isEqualTo("PROVIDER_INCIDENT_PROCESS");
    }

    @Test
    void theOpenApiDescriptionServesTheSafeguardingContract() {
        ResponseEntity<JsonNode> response = rest.getForEntity("/v3/api-docs", JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().get("paths").has("/v1/decisions/safeguarding-concern")).isTrue();
        assertThat(response.getBody().toString()).contains("SafeguardingConcernRequest").contains("wishesOverridden");
    }
}
