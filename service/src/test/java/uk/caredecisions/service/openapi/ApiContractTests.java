package uk.caredecisions.service.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.caredecisions.service.Http;
import uk.caredecisions.service.rulesets.LifecycleIntegrationTest;

/**
 * The served OpenAPI description checked as a linter would (the rules Redocly's recommended set
 * and an integrator care about): it says what it is and how to sign in, every operation has a
 * stable unique id, a summary, a tag and documented problem responses, decision outcomes are
 * enums, and request schemas say what the server enforces.
 */
@LifecycleIntegrationTest
class ApiContractTests {

    @LocalServerPort
    int port;

    private JsonNode spec;

    @BeforeEach
    void read() {
        Http.Response response = new Http(port).get("/v3/api-docs", null);
        assertThat(response.status()).isEqualTo(200);
        spec = response.json();
    }

    @Test
    void itSaysWhatItIsAndHowToSignIn() {
        JsonNode info = spec.path("info");
        assertThat(info.path("title").asText()).isEqualTo("Care decisions API");
        assertThat(info.path("version").asText()).isNotEqualTo("v0").isNotBlank();
        assertThat(info.path("description").asText()).contains("problem+json", "INSUFFICIENT_INFORMATION");
        assertThat(info.path("contact").path("name").asText()).isNotBlank();
        assertThat(info.path("license").path("name").asText()).isNotBlank();
        JsonNode schemes = spec.path("components").path("securitySchemes");
        assertThat(schemes.path("basic").path("scheme").asText()).isEqualTo("basic");
        assertThat(schemes.path("bearer").path("scheme").asText()).isEqualTo("bearer");
        assertThat(spec.path("security").findValuesAsText("basic")).isNotNull();
        assertThat(spec.path("security").toString()).contains("basic", "bearer");
    }

    @Test
    void everyOperationHasAStableUniqueIdASummaryATagAndProblemResponses() {
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        spec.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = op.getValue();
            String id = operation.path("operationId").asText();
            if (!id.matches("[a-z][A-Za-z]+") || !ids.add(id)) {
                problems.add(where + ": operationId '" + id + "' is not a unique camelCase word");
            }
            if (operation.path("summary").asText().isBlank()) {
                problems.add(where + ": no summary");
            }
            if (!operation.path("tags").isArray() || operation.path("tags").isEmpty()) {
                problems.add(where + ": no tag");
            }
            for (String status : List.of("400", "401", "403", "429", "500", "503")) {
                if (!operation.path("responses").path(status).path("content").path("application/problem+json").path("schema")
                        .path("$ref").asText().endsWith("/Problem")) {
                    problems.add(where + ": " + status + " not documented as a Problem");
                }
            }
            if (path.getKey().contains("{") && operation.path("responses").path("404").isMissingNode()) {
                problems.add(where + ": no 404");
            }
        }));
        assertThat(problems).isEmpty();
        assertThat(ids).contains("decideAdultEligibility", "decideCarerEligibility", "screenSafeguardingConcern", "triageContact",
                "decideAdultEligibilityBatch", "prioritiseWaitingList", "runScenarios", "impactBetweenVersions", "impactOfUpload");
    }

    @Test
    void theProblemSchemaTypesItsErrors() {
        JsonNode problem = spec.path("components").path("schemas").path("Problem");
        assertThat(problem.path("properties").path("errors").path("items").path("$ref").asText()).endsWith("/FieldError");
        assertThat(spec.path("components").path("schemas").path("FieldError").path("required").toString()).contains("field", "message");
    }

    @Test
    void eachDecisionTypeHasItsOwnOutcomeEnum() {
        JsonNode schemas = spec.path("components").path("schemas");
        assertThat(enumOf(schemas, "AdultEligibilityDecision", "outcome")).containsExactly("ELIGIBLE", "NOT_ELIGIBLE", "INSUFFICIENT_INFORMATION");
        assertThat(enumOf(schemas, "AdultEligibilityDecision", "decisionType")).containsExactly("ADULT_ELIGIBILITY");
        assertThat(enumOf(schemas, "CarerEligibilityDecision", "decisionType")).containsExactly("CARER_ELIGIBILITY");
        assertThat(enumOf(schemas, "SafeguardingConcernDecision", "outcome")).contains("S42_ENQUIRY", "OTHER_ENQUIRY", "NO_ENQUIRY", "INSUFFICIENT_INFORMATION");
        assertThat(enumOf(schemas, "TriageDecision", "outcome")).contains("CRITICAL", "HIGH", "MEDIUM", "LOW");
        assertThat(spec.path("paths").path("/v1/decisions/triage").path("post").path("responses").path("200").toString()).contains("TriageDecision");
    }

    @Test
    void batchAndWaitingListBodiesAreTyped() {
        assertThat(spec.path("paths").has("/v1/decisions/{type}/batch")).isFalse();
        JsonNode batch = spec.path("paths").path("/v1/decisions/safeguarding-concern/batch").path("post");
        assertThat(batch.path("requestBody").toString()).contains("SafeguardingConcernBatchRequest");
        assertThat(batch.path("responses").path("200").toString()).contains("SafeguardingConcernBatchResponse");
        JsonNode list = spec.path("paths").path("/v1/waiting-list/prioritise").path("post");
        assertThat(list.path("requestBody").toString()).contains("WaitingListRequest").doesNotContain("JsonNode");
    }

    @Test
    void requestSchemasSayWhatTheServerEnforces() {
        JsonNode schemas = spec.path("components").path("schemas");
        for (String request : List.of("AdultEligibilityRequest", "CarerEligibilityRequest", "SafeguardingConcernRequest", "TriageRequest",
                "WaitingListRequest", "WaitingCase", "OutcomeDifficulty")) {
            assertThat(schemas.path(request).path("additionalProperties").asBoolean(true)).as(request + " refuses unknown fields").isFalse();
        }
        assertThat(schemas.path("AdultEligibilityRequest").path("properties").path("caseReference").path("maxLength").asInt()).isEqualTo(200);
        assertThat(schemas.path("TriageRequest").path("properties").path("routeOfAccess").has("maxLength")).as("an enum needs no length").isFalse();
    }

    @Test
    void theJsonRepresentationComesFirst() {
        JsonNode run = spec.path("paths").path("/v1/scenarios/run").path("post").path("responses").path("200").path("content");
        assertThat(run.fieldNames().next()).isEqualTo("application/json");
        assertThat(run.has("text/plain")).isTrue();
        JsonNode impact = spec.path("paths").path("/v1/scenarios/impact").path("post").path("requestBody").path("content");
        assertThat(impact.fieldNames().next()).isEqualTo("application/json");
        assertThat(spec.path("paths").path("/v1/scenarios/impact/upload").path("post").path("requestBody").path("content").has("multipart/form-data")).isTrue();
    }

    private static List<String> enumOf(JsonNode schemas, String schema, String property) {
        List<String> values = new ArrayList<>();
        schemas.path(schema).path("properties").path(property).path("enum").forEach(v -> values.add(v.asText()));
        return values;
    }
}
