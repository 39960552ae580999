package uk.caredecisions.service.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.caredecisions.service.Http;

/** The eligibility contract over real HTTP on a random port, and every class of bad input. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.junit.jupiter.api.Tag("date-sensitive")
class EligibilityIntegrationTests {

    @org.springframework.beans.factory.annotation.Autowired
    java.time.Clock clock;

    static final String ADULT = """
            {"caseReference": "LAS-123456", "asOf": "2026-11-22",
             "needsFromImpairmentOrIllness": "YES",
             "outcomes": {"NUTRITION": {"unableWithoutAssistance": false, "significantPainDistressOrAnxiety": true},
                          "PERSONAL_HYGIENE": {"unableWithoutAssistance": true}, "TOILET_NEEDS": {}},
             "significantImpactOnWellbeing": "YES", "impactRoute": "CUMULATIVE",
             "wellbeingAreasAffected": ["PERSONAL_DIGNITY", "PHYSICAL_AND_MENTAL_HEALTH"],
             "needsFluctuate": "YES", "fluctuationPeriodConsideredDays": 90}
            """;

    @LocalServerPort
    int port;

    Http http() {
        return new Http(port);
    }

    @Test
    void anAdultDecisionCarriesTheWholeEnvelope() {
        Http.Response response = http().post("/v1/decisions/adult-eligibility", ADULT, Http.CLIENT);
        assertThat(response.status()).isEqualTo(200);
        JsonNode d = response.json();
        assertThat(d.get("decisionId").asText()).matches("[0-9a-f-]{36}");
        assertThat(d.get("decisionType").asText()).isEqualTo("ADULT_ELIGIBILITY");
        assertThat(d.get("caseReference").asText()).isEqualTo("LAS-123456");
        assertThat(d.get("outcome").asText()).isEqualTo("ELIGIBLE");
        assertThat(d.get("asOf").asText()).isEqualTo("2026-11-22");
        assertThat(d.get("decidedAt").asText()).endsWith("Z");
        assertThat(d.at("/ruleSet/version").asText()).isEqualTo("2026.12.2");
        assertThat(d.at("/ruleSet/sha256").asText()).matches("[0-9a-f]{64}");
        assertThat(d.at("/ruleSet/effectiveFrom").asText()).isEqualTo("2015-04-01");
        assertThat(d.at("/conditions/impairmentOrIllness").asText()).isEqualTo("MET");
        assertThat(d.at("/conditions/outcomesNotAchieved").asText()).isEqualTo("MET");
        assertThat(d.at("/conditions/significantImpact").asText()).isEqualTo("MET");
        assertThat(d.get("outcomesNotAchieved").toString()).isEqualTo("[\"NUTRITION\",\"PERSONAL_HYGIENE\"]");
        assertThat(d.get("missing").isArray()).isTrue();
        assertThat(d.get("warnings").isArray()).isTrue();
        assertThat(d.get("nextSteps").get(0).get("code").asText()).isEqualTo("CONSIDER_HOW_TO_MEET_NEEDS");
        assertThat(d.get("record").asText()).contains("Record of eligibility determination", "managing and maintaining nutrition");
        for (JsonNode reason : d.get("reasons")) {
            assertThat(reason.get("code").asText()).isNotBlank();
            assertThat(reason.get("text").asText()).isNotBlank();
            assertThat(reason.get("legalBasis").asText()).contains("2015");
            assertThat(reason.get("rule").asText()).startsWith("ADULT-");
            assertThat(reason.get("source").asText()).startsWith("adult-eligibility.drl.xlsx!");
        }
    }

    @Test
    void aCarerDecisionSaysTakingLongerIsNotACarerLimb() {
        Http.Response response = http().post("/v1/decisions/carer-eligibility", """
                {"caseReference": "LAS-123457", "providesNecessaryCare": "YES", "healthDeterioratingOrAtRisk": "NO",
                 "outcomes": {"NUTRITION": {"takesSignificantlyLonger": true}}, "significantImpactOnWellbeing": "YES"}
                """, Http.CLIENT);
        assertThat(response.status()).isEqualTo(200);
        JsonNode d = response.json();
        assertThat(d.get("outcome").asText()).isEqualTo("NOT_ELIGIBLE");
        assertThat(d.at("/conditions/necessaryCare").asText()).isEqualTo("MET");
        assertThat(d.at("/conditions/healthOrOutcomes").asText()).isEqualTo("NOT_MET");
        List<String> codes = new ArrayList<>();
        d.get("reasons").forEach(r -> codes.add(r.get("code").asText()));
        assertThat(codes).contains("TAKES_LONGER_NOT_A_CARER_LIMB");
    }

    @Test
    void asOfDefaultsToTodayInLondon() {
        JsonNode d = http().post("/v1/decisions/adult-eligibility",
                "{\"needsFromImpairmentOrIllness\":\"NO\",\"significantImpactOnWellbeing\":\"NO\"}", Http.CLIENT).json();
        assertThat(d.get("asOf").asText()).isEqualTo(java.time.LocalDate.now(clock).toString());
    }

    @Test
    void malformedJsonIsA400ProblemNotA500() {
        Http.Response response = http().post("/v1/decisions/adult-eligibility", "{\"needsFromImpairmentOrIllness\": ", Http.CLIENT);
        assertProblem(response, 400, "$");
    }

    @Test
    void aFluctuationPeriodOverTheSchemasMaximumIsNamedAndTheMaximumItselfIsDecided() {
        String body = """
                {"needsFromImpairmentOrIllness": "YES", "outcomes": {"NUTRITION": {"unableWithoutAssistance": true}},
                 "significantImpactOnWellbeing": "YES", "needsFluctuate": "YES", "fluctuationPeriodConsideredDays": %d}""";
        Http.Response over = http().post("/v1/decisions/adult-eligibility", body.formatted(3661), Http.CLIENT);
        Http.Response carerOver = http().post("/v1/decisions/carer-eligibility", """
                {"needsFromImpairmentOrIllness": "YES", "needsFluctuate": "YES", "fluctuationPeriodConsideredDays": 99999}""", Http.CLIENT);
        Http.Response edge = http().post("/v1/decisions/adult-eligibility", body.formatted(3660), Http.CLIENT);

        assertProblem(over, 400, "fluctuationPeriodConsideredDays");
        assertThat(over.body()).contains("Must be at most 3660.");
        assertProblem(carerOver, 400, "fluctuationPeriodConsideredDays");
        assertThat(edge.status()).as(edge.body()).isEqualTo(200);
    }

    @Test
    void unknownOutcomeCodesAndEnumValuesAndWrongTypesAreAllNamedAtOnce() {
        Http.Response response = http().post("/v1/decisions/adult-eligibility", """
                {"needsFromImpairmentOrIllness": "PERHAPS",
                 "outcomes": {"NUTRITON": {"unableWithoutAssistance": true}, "TOILET_NEEDS": {"unableWithoutAssistance": "yes"}},
                 "significantImpactOnWellbeing": true,
                 "impactRoute": "SIDEWAYS",
                 "wellbeingAreasAffected": ["PERSONAL_DIGNITY", "HAPPINESS"],
                 "fluctuationPeriodConsideredDays": "ninety"}
                """, Http.CLIENT);
        assertProblem(response, 400, "needsFromImpairmentOrIllness", "outcomes.NUTRITON", "outcomes.TOILET_NEEDS.unableWithoutAssistance",
                "significantImpactOnWellbeing", "impactRoute", "wellbeingAreasAffected[1]", "fluctuationPeriodConsideredDays");
        assertThat(response.body()).contains("NUTRITION").contains("CARING_FOR_A_CHILD");
    }

    @Test
    void anAdultOnlyOutcomeOnACarerIsRefusedNamingTheCarerOutcomes() {
        Http.Response response = http().post("/v1/decisions/carer-eligibility", """
                {"providesNecessaryCare": "YES", "healthDeterioratingOrAtRisk": "NO", "significantImpactOnWellbeing": "YES",
                 "outcomes": {"PERSONAL_HYGIENE": {"unableWithoutAssistance": true}}}
                """, Http.CLIENT);
        assertProblem(response, 400, "outcomes.PERSONAL_HYGIENE");
        assertThat(response.body()).contains("RECREATIONAL_ACTIVITIES");
    }

    @Test
    void missingRequiredFactsAndUnknownFieldsAreNamed() {
        Http.Response response = http().post("/v1/decisions/carer-eligibility", "{\"providesNecessaryCare\": \"YES\", \"carerName\": \"x\"}", Http.CLIENT);
        assertProblem(response, 400, "healthDeterioratingOrAtRisk", "significantImpactOnWellbeing", "carerName");
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefused() {
        assertProblem(http().post("/v1/decisions/adult-eligibility", "[1,2,3]", Http.CLIENT), 400, "$");
    }

    @Test
    void anOversizedBodyIsA413Problem() {
        String huge = "{\"caseReference\": \"" + "x".repeat(300_000) + "\"}";
        assertProblem(http().post("/v1/decisions/adult-eligibility", huge, Http.CLIENT), 413, "$");
    }

    @Test
    void anAsOfBeforeAnyRuleSetIsA422NamingAsOf() {
        Http.Response response = http().post("/v1/decisions/adult-eligibility",
                "{\"asOf\": \"2010-01-01\", \"needsFromImpairmentOrIllness\":\"NO\",\"significantImpactOnWellbeing\":\"NO\"}", Http.CLIENT);
        assertProblem(response, 422, "asOf");
    }

    @Test
    void decisionsNeedACredential() {
        assertThat(http().post("/v1/decisions/adult-eligibility", ADULT, null).status()).isEqualTo(401);
        assertThat(http().post("/v1/decisions/adult-eligibility", ADULT, "case-system:wrong").status()).isEqualTo(401);
    }

    @Test
    void aBatchDecidesGoodItemsAndPutsAProblemInTheSlotOfABadOne() {
        Http.Response response = http().post("/v1/decisions/adult-eligibility/batch",
                "{\"requests\": [" + ADULT + ", {\"needsFromImpairmentOrIllness\": \"MAYBE\"}, " + ADULT + "]}", Http.CLIENT);
        assertThat(response.status()).isEqualTo(200);
        JsonNode results = response.json().get("results");
        assertThat(results).hasSize(3);
        assertThat(results.get(0).get("outcome").asText()).isEqualTo("ELIGIBLE");
        assertThat(results.get(1).get("status").asInt()).isEqualTo(400);
        assertThat(results.get(1).get("errors").toString()).contains("requests[1].needsFromImpairmentOrIllness");
        assertThat(results.get(2).get("outcome").asText()).isEqualTo("ELIGIBLE");
    }

    @Test
    void anUnknownDecisionTypeIsA404Problem() {
        assertThat(http().post("/v1/decisions/housing-benefit/batch", "{\"requests\": []}", Http.CLIENT).status()).isEqualTo(404);
    }

    @Test
    void theOpenApiDescriptionDocumentsEveryFieldAndEnum() {
        Http.Response response = http().get("/v3/api-docs", null);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("/v1/decisions/adult-eligibility", "/v1/decisions/carer-eligibility",
                "needsFromImpairmentOrIllness", "takesSignificantlyLonger", "CARING_FOR_A_CHILD", "RECREATIONAL_ACTIVITIES",
                "PERSONAL_DIGNITY", "CUMULATIVE", "outcomesNotAchieved", "record");
        assertThat(http().get("/swagger-ui/index.html", null).status()).isEqualTo(200);
    }

    @Test
    void readyOnlyWithARuleSetLoaded() {
        Http.Response response = http().get("/actuator/health/readiness", Http.CLIENT);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().at("/components/ruleSet/details/version").asText()).isEqualTo("2026.12.2");
        // Anonymous callers see the status alone: no version, path or disk size.
        Http.Response anonymous = http().get("/actuator/health", null);
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.body()).contains("\"status\":\"UP\"").doesNotContain("details", "path", "total", "2026.12.2");
    }

    static void assertProblem(Http.Response response, int status, String... fields) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("type").asText()).isNotBlank();
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).isNotBlank();
        List<String> named = new ArrayList<>();
        problem.get("errors").forEach(e -> named.add(e.get("field").asText()));
        assertThat(named).contains(fields);
    }

    /** Issue 11: a half-finished assessment and a short fluctuation period, over HTTP, on both sides. */
    @Test
    void anOutcomeNotYetAssessedIsNamedWhereItCouldChangeTheAnswerAndContradictionsAre400() {
        String open = """
                {"needsFromImpairmentOrIllness": "YES", "significantImpactOnWellbeing": "YES",
                 "outcomes": {"NUTRITION": {"unableWithoutAssistance": true}, "PERSONAL_HYGIENE": {"notYetAssessed": true}}}
                """;
        JsonNode d = http().post("/v1/decisions/adult-eligibility", open, Http.CLIENT).json();
        assertThat(d.get("outcome").asText()).isEqualTo("INSUFFICIENT_INFORMATION");
        assertThat(d.at("/missing/0/field").asText()).isEqualTo("outcomes.PERSONAL_HYGIENE");
        assertThat(d.at("/conditions/outcomesNotAchieved").asText()).isEqualTo("UNKNOWN");

        JsonNode decided = http().post("/v1/decisions/adult-eligibility",
                open.replace("\"NUTRITION\": {\"unableWithoutAssistance\": true}",
                        "\"NUTRITION\": {\"unableWithoutAssistance\": true}, \"TOILET_NEEDS\": {\"unableWithoutAssistance\": true}"),
                Http.CLIENT).json();
        assertThat(decided.get("outcome").asText()).isEqualTo("ELIGIBLE");
        assertThat(decided.get("missing").size()).isZero();

        Http.Response contradiction = http().post("/v1/decisions/adult-eligibility",
                open.replace("{\"notYetAssessed\": true}", "{\"notYetAssessed\": true, \"unableWithoutAssistance\": true}"), Http.CLIENT);
        assertThat(contradiction.status()).isEqualTo(400);
        assertThat(contradiction.contentType()).startsWith("application/problem+json");
        assertThat(contradiction.json().at("/errors/0/field").asText()).isEqualTo("outcomes.PERSONAL_HYGIENE.notYetAssessed");
    }

    @Test
    void fluctuatingNeedsOverTooShortAPeriodAreAMissingFactNotARefusal() {
        String shortPeriod = """
                {"needsFromImpairmentOrIllness": "YES", "significantImpactOnWellbeing": "YES",
                 "outcomes": {"NUTRITION": {"unableWithoutAssistance": true}}, "needsFluctuate": "YES", "fluctuationPeriodConsideredDays": 3}
                """;
        JsonNode d = http().post("/v1/decisions/adult-eligibility", shortPeriod, Http.CLIENT).json();
        assertThat(d.get("outcome").asText()).isEqualTo("INSUFFICIENT_INFORMATION");
        assertThat(d.at("/missing/0/field").asText()).isEqualTo("fluctuationPeriodConsideredDays");
        JsonNode enough = http().post("/v1/decisions/adult-eligibility", shortPeriod.replace(": 3}", ": 28}"), Http.CLIENT).json();
        assertThat(enough.get("outcome").asText()).isEqualTo("NOT_ELIGIBLE");
    }
}
