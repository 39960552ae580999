package uk.caredecisions.service.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.DateSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import uk.caredecisions.eligibility.EligibilityOutcome;
import uk.caredecisions.safeguarding.ScreeningOutcome;
import uk.caredecisions.triage.Priority;
import uk.caredecisions.waitinglist.WaitingList;

/**
 * What springdoc cannot infer from the controllers, so that a client generated from
 * {@code /v3/api-docs} is typed and complete: the problem schema on every error response, an
 * enum of outcomes for each decision type, typed batch and waiting-list bodies, stable operation
 * ids, the JSON representation first where an operation has several, and the request limits the
 * server enforces (no unknown fields, strings of at most 200 characters, no negative counts).
 */
final class ContractCustomizer implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";
    private static final String JSON = "application/json";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String REF = "#/components/schemas/";

    /** A decision type as the contract names it, with its path, request schema and outcomes. */
    record DecisionKind(String path, String name, String decisionType, String request, List<String> outcomes) {}

    static final List<DecisionKind> DECISIONS = List.of(
            new DecisionKind("adult-eligibility", "AdultEligibility", "ADULT_ELIGIBILITY", "AdultEligibilityRequest", names(EligibilityOutcome.values())),
            new DecisionKind("carer-eligibility", "CarerEligibility", "CARER_ELIGIBILITY", "CarerEligibilityRequest", names(EligibilityOutcome.values())),
            new DecisionKind("safeguarding-concern", "SafeguardingConcern", "SAFEGUARDING_CONCERN", "SafeguardingConcernRequest", names(ScreeningOutcome.values())),
            new DecisionKind("triage", "Triage", "TRIAGE", "TriageRequest", names(Priority.values())));

    static final Map<String, String> OPERATION_IDS = Map.ofEntries(
            Map.entry("POST /v1/decisions/adult-eligibility", "decideAdultEligibility"),
            Map.entry("POST /v1/decisions/carer-eligibility", "decideCarerEligibility"),
            Map.entry("POST /v1/decisions/safeguarding-concern", "screenSafeguardingConcern"),
            Map.entry("POST /v1/decisions/triage", "triageContact"),
            Map.entry("POST /v1/waiting-list/prioritise", "prioritiseWaitingList"),
            Map.entry("GET /v1/rulesets", "listRuleSets"),
            Map.entry("GET /v1/rulesets/{version}/tables/{table}", "getRuleSetTable"),
            Map.entry("POST /v1/rulesets/validate", "validateWorkbooks"),
            Map.entry("POST /v1/rulesets", "stageRuleSet"),
            Map.entry("POST /v1/rulesets/{version}/activate", "activateRuleSet"),
            Map.entry("POST /v1/rulesets/{version}/approve", "approveRuleSet"),
            Map.entry("GET /v1/scenarios", "listScenarios"),
            Map.entry("POST /v1/scenarios/run", "runScenarios"),
            Map.entry("POST /v1/scenarios/impact", "impactBetweenVersions"),
            Map.entry("POST /v1/scenarios/impact/upload", "impactOfUpload"),
            Map.entry("GET /v1/decisions/{decisionId}", "getDecisionReceipt"),
            Map.entry("POST /v1/decisions/{decisionId}/replay", "replayDecision"),
            Map.entry("GET /v1/receipts/verify", "verifyReceiptChain"),
            Map.entry("GET /v1/reports/{report}", "getReport"),
            Map.entry("POST /v1/reports/impact", "impactOnHistory"));

    @Override
    public void customise(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        schemas.put(FIELD_ERROR, fieldError());
        schemas.put(PROBLEM, problem());
        typeDecisions(api, schemas);
        typeBatches(api, schemas);
        typeWaitingList(api, schemas);
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String id = OPERATION_IDS.get(method + " " + path);
            if (id != null) {
                operation.setOperationId(id);
            }
            problemResponses(path, method, operation);
            jsonFirst(operation);
        }));
        strictRequests(api, schemas);
        oneFormPerPath(api);
    }

    /** The impact between versions (JSON) and of an upload (multipart) share a path in the contract; each has its own here. */
    private static void oneFormPerPath(OpenAPI api) {
        PathItem between = api.getPaths().get("/v1/scenarios/impact");
        if (between != null && between.getPost() != null && between.getPost().getRequestBody() != null) {
            between.getPost().getRequestBody().getContent().remove("multipart/form-data");
            between.getPost().setSummary("Impact between two loaded versions");
            between.getPost().setDescription("Runs the whole library under both versions and lists every scenario whose decision changes, "
                    + "with both explanations. The same path also takes a multipart upload, as POST /v1/scenarios/impact/upload does.");
        }
        PathItem upload = api.getPaths().get("/v1/scenarios/impact/upload");
        if (upload != null && upload.getPost() != null && upload.getPost().getRequestBody() != null) {
            upload.getPost().getRequestBody().getContent().remove(JSON);
        }
    }

    private static Schema<?> fieldError() {
        return new ObjectSchema().description("One bad field: its path in the request (e.g. `outcomes.NUTRITION`, `requests[3].asOf`) and what is wrong.")
                .addProperty("field", new StringSchema().description("The field's path in the request, or the part, header or cell concerned."))
                .addProperty("message", new StringSchema().description("What is wrong and what is accepted."))
                .required(List.of("field", "message"));
    }

    private static Schema<?> problem() {
        return new ObjectSchema().description("RFC 9457 problem details, with every bad field named in `errors`.")
                .addProperty("type", new StringSchema().format("uri").description("A URI naming the kind of problem."))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("errors", new ArraySchema().items(ref(FIELD_ERROR)).description("Every bad field, part or cell."))
                .required(List.of("type", "title", "status", "errors"));
    }

    /** Each decision endpoint answers its own schema, with its decision type and outcomes as enums. */
    private static void typeDecisions(OpenAPI api, Map<String, Schema> schemas) {
        Set<String> generic = new HashSet<>();
        for (DecisionKind kind : DECISIONS) {
            PathItem item = api.getPaths().get("/v1/decisions/" + kind.path());
            if (item == null || item.getPost() == null) {
                continue;
            }
            MediaType ok = item.getPost().getResponses().get("200").getContent().get(JSON);
            String envelope = ok.getSchema().get$ref().substring(REF.length());
            generic.add(envelope);
            schemas.put(decisionSchema(kind), typed(schemas.get(envelope), kind));
            ok.setSchema(ref(decisionSchema(kind)));
        }
        generic.forEach(schemas::remove);
    }

    private static Schema<?> typed(Schema<?> envelope, DecisionKind kind) {
        Map<String, Schema> properties = new LinkedHashMap<>(envelope.getProperties());
        properties.put("decisionType", new StringSchema()._enum(List.of(kind.decisionType())).description("Always " + kind.decisionType() + " here."));
        properties.put("outcome", new StringSchema()._enum(kind.outcomes()).description(envelope.getProperties().get("outcome").getDescription()));
        Schema<?> typed = new ObjectSchema().description("The decision envelope of a " + kind.decisionType() + " decision, with its own fields.");
        typed.setProperties(properties);
        typed.setRequired(List.of("decisionId", "decisionType", "outcome", "asOf", "decidedAt", "ruleSet"));
        return typed;
    }

    /** The batch path as one typed path per decision type, so a client gets typed requests and results. */
    private static void typeBatches(OpenAPI api, Map<String, Schema> schemas) {
        PathItem batch = api.getPaths().remove("/v1/decisions/{type}/batch");
        if (batch == null || batch.getPost() == null) {
            return;
        }
        for (DecisionKind kind : DECISIONS) {
            String request = kind.name() + "BatchRequest";
            String result = kind.name() + "BatchResult";
            String response = kind.name() + "BatchResponse";
            schemas.put(request, new ObjectSchema().description("Up to 20,000 " + kind.decisionType() + " requests.")
                    .addProperty("requests", new ArraySchema().items(ref(kind.request())).maxItems(20_000))
                    .required(List.of("requests")));
            Map<String, Schema> union = new LinkedHashMap<>(schemas.get(decisionSchema(kind)).getProperties());
            Map<String, Schema> problem = schemas.get(PROBLEM).getProperties();
            problem.forEach(union::putIfAbsent);
            Schema<?> slot = new ObjectSchema().description("A decision, or (for a bad item) a problem with `status`, `title` and `errors` naming `requests[i].field`.");
            slot.setProperties(union);
            schemas.put(result, slot);
            schemas.put(response, new ObjectSchema().addProperty("results", new ArraySchema().items(ref(result))
                    .description("One entry per request, in the same order.")).required(List.of("results")));
            Operation operation = new Operation()
                    .operationId("decide" + kind.name() + "Batch")
                    .summary("Decide many " + kind.decisionType() + " requests")
                    .description(batch.getPost().getDescription())
                    .tags(batch.getPost().getTags())
                    .requestBody(new RequestBody().required(true).content(new Content().addMediaType(JSON, new MediaType().schema(ref(request)))))
                    .responses(new io.swagger.v3.oas.models.responses.ApiResponses().addApiResponse("200",
                            new ApiResponse().description("Results in request order").content(new Content().addMediaType(JSON, new MediaType().schema(ref(response))))));
            api.getPaths().addPathItem("/v1/decisions/" + kind.path() + "/batch", new PathItem().post(operation));
        }
        schemas.remove("BatchResponse");
    }

    private static void typeWaitingList(OpenAPI api, Map<String, Schema> schemas) {
        PathItem item = api.getPaths().get("/v1/waiting-list/prioritise");
        if (item == null || item.getPost() == null) {
            return;
        }
        schemas.put("WaitingCase", new ObjectSchema().description("One person on the unallocated list.")
                .addProperty("caseReference", new StringSchema().description("The case system's reference, echoed back."))
                .addProperty("waitingSince", new DateSchema().description("When the person started waiting: the target runs from this date."))
                .addProperty("lastContactAt", new StringSchema().description("The last contact with the person: a date (2026-11-02) or an instant (2026-11-02T10:30:00Z)."))
                .addProperty("triage", ref("TriageRequest").description("The case's triage request body; contactReceivedAt may be left out."))
                .required(List.of("waitingSince", "triage")));
        schemas.put("WaitingListRequest", new ObjectSchema()
                .addProperty("asOf", new DateSchema().description("The date whose policy applies and from which waits are counted; default today."))
                .addProperty("cases", new ArraySchema().items(ref("WaitingCase")).maxItems(WaitingList.MAX_CASES))
                .required(List.of("cases")));
        item.getPost().getRequestBody().setContent(new Content().addMediaType(JSON, new MediaType().schema(ref("WaitingListRequest"))));
    }

    private static void problemResponses(String path, PathItem.HttpMethod method, Operation operation) {
        add(operation, "400", "Bad request: every bad field, part or header named in `errors`.");
        add(operation, "401", "No or wrong credentials; the response carries `WWW-Authenticate`.");
        add(operation, "403", "Signed in, but the role may not do this.");
        if (path.contains("{")) {
            add(operation, "404", "No such version, table or decision type.");
        }
        if (method == PathItem.HttpMethod.POST) {
            if (path.startsWith("/v1/rulesets")) {
                add(operation, "409", "In conflict with the store: the version exists already, or another activation won.");
            }
            add(operation, "413", "The body or an uploaded workbook is over a configured limit (named in `errors`).");
            add(operation, "415", "The body is not of a media type this operation accepts.");
            add(operation, "422", "Understood but refused: no rule set in force on `asOf`, the calendar not covering the dates, "
                    + "or a rule set that does not validate or passes not every scenario it must.");
        }
        add(operation, "429", "Too many failed sign-ins, or too many workbook checks at once; wait for `Retry-After` seconds.");
        add(operation, "500", "A fault in the service; nothing was decided or changed.");
        add(operation, "503", path.startsWith("/v1/waiting-list")
                ? "The rule set in force cannot be loaded, or other lists fill this replica's room for lists in progress: send it again after `Retry-After` seconds."
                : "The rule set in force cannot be loaded, or publishing is unavailable; decisions already loaded go on.");
    }

    private static void add(Operation operation, String status, String description) {
        if (operation.getResponses().get(status) == null) {
            operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                    .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(ref(PROBLEM)))));
        }
    }

    /** Where an operation has several representations, JSON comes first, so a generated client asks for it. */
    private static void jsonFirst(Operation operation) {
        ApiResponse ok = operation.getResponses().get("200");
        if (ok != null && ok.getContent() != null && ok.getContent().size() > 1 && ok.getContent().containsKey(JSON)) {
            Content ordered = new Content().addMediaType(JSON, ok.getContent().get(JSON));
            ok.getContent().forEach((type, media) -> ordered.putIfAbsent(type, media));
            ok.setContent(ordered);
        }
        RequestBody body = operation.getRequestBody();
        if (body != null && body.getContent() != null && body.getContent().size() > 1 && body.getContent().containsKey(JSON)) {
            Content ordered = new Content().addMediaType(JSON, body.getContent().get(JSON));
            body.getContent().forEach((type, media) -> ordered.putIfAbsent(type, media));
            body.setContent(ordered);
        }
    }

    /** The request schemas the server reads strictly: no unknown fields, strings of at most 200, no negative numbers. */
    private static void strictRequests(OpenAPI api, Map<String, Schema> schemas) {
        List<String> pending = new ArrayList<>();
        DECISIONS.forEach(kind -> pending.add(kind.request()));
        pending.add("WaitingCase");
        pending.add("WaitingListRequest");
        Set<String> done = new HashSet<>();
        while (!pending.isEmpty()) {
            String name = pending.remove(pending.size() - 1);
            Schema<?> schema = schemas.get(name);
            if (schema == null || !done.add(name)) {
                continue;
            }
            schema.setAdditionalProperties(Boolean.FALSE);
            if (schema.getProperties() == null) {
                continue;
            }
            for (Schema<?> property : schema.getProperties().values()) {
                limit(property, pending);
            }
        }
    }

    private static void limit(Schema<?> property, List<String> pending) {
        if (property.get$ref() != null) {
            pending.add(property.get$ref().substring(REF.length()));
        } else if (property instanceof ArraySchema array && array.getItems() != null) {
            limit(array.getItems(), pending);
        } else if (property.getAdditionalProperties() instanceof Schema<?> values) {
            limit(values, pending);
        } else if (is(property, "string") && property.getEnum() == null && property.getFormat() == null) {
            property.setMaxLength(200);
        } else if (is(property, "integer") && property.getMinimum() == null) {
            property.setMinimum(java.math.BigDecimal.ZERO);
        }
    }

    /** The schema's type, as OpenAPI 3.0 ({@code type}) or 3.1 ({@code types}) holds it. */
    private static boolean is(Schema<?> schema, String type) {
        return type.equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains(type));
    }

    private static String decisionSchema(DecisionKind kind) {
        return kind.name() + "Decision";
    }

    private static Schema<?> ref(String name) {
        return new Schema<>().$ref(REF + name);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
