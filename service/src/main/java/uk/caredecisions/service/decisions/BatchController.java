package uk.caredecisions.service.decisions;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.caredecisions.common.FieldError;
import uk.caredecisions.common.InvalidRequestException;
import uk.caredecisions.service.common.NoRuleSetInForceException;
import uk.caredecisions.service.common.Problems;

@RestController
@Tag(name = "Batch", description = "Many decisions of one type in one call")
class BatchController {

    static final int MAX_REQUESTS = 20_000;

    private final Decider decider;

    BatchController(Decider decider) {
        this.decider = decider;
    }

    /** The batch body: requests of one decision type. */
    record BatchRequest(@Schema(description = "Request bodies of the decision type in the path.") List<JsonNode> requests) {}

    /** Results in request order: a decision, or a problem object for a bad item. */
    record BatchResponse(@Schema(description = "One entry per request, in order: a decision, or a problem with status and errors.") List<Object> results) {}

    @Operation(summary = "Decide many requests of one type",
            description = "Results come back in the same order. A bad item gives a problem object (status, title, errors) in its slot; the rest still decide.")
    @PostMapping(path = "/v1/decisions/{type}/batch", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    BatchResponse batch(@PathVariable String type, @RequestBody JsonNode body) {
        decider.type(type);
        JsonNode requests = body == null ? null : body.get("requests");
        if (requests == null || !requests.isArray()) {
            throw new InvalidRequestException(List.of(new FieldError("requests", "Required: an array of " + type + " requests.")));
        }
        if (requests.size() > MAX_REQUESTS) {
            throw new InvalidRequestException(List.of(new FieldError("requests", "At most " + MAX_REQUESTS + " requests in one batch.")));
        }
        List<Object> results = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            try {
                results.add(decider.decide(type, requests.get(i)));
            } catch (InvalidRequestException e) {
                results.add(Problems.invalid(prefix(i, e.errors())));
            } catch (NoRuleSetInForceException e) {
                results.add(Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "no-rule-set", "No rule set in force", e.getMessage(),
                        List.of(new FieldError("requests[" + i + "].asOf", e.getMessage()))));
            }
        }
        return new BatchResponse(results);
    }

    private static List<FieldError> prefix(int index, List<FieldError> errors) {
        return errors.stream().map(e -> new FieldError("requests[" + index + "]." + e.field(), e.message())).toList();
    }
}
