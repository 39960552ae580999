package uk.caredecisions.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What a scenario expects: the outcome, reason codes that must (and must not) appear, warning
 * codes, missing fields, and any other response fields, matched as a subset of the response
 * (objects by key, arrays element by element in order).
 */
public record Expectation(String outcome, List<String> reasons, List<String> notReasons, List<String> warnings,
        List<String> missing, JsonNode fields) {

    public Expectation {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        notReasons = notReasons == null ? List.of() : List.copyOf(notReasons);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        missing = missing == null ? List.of() : List.copyOf(missing);
    }
}
