package uk.caredecisions.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One scenario's run: whether it passed, each difference between expected and actual, and the
 * actual decision with its reasons and the table rows behind it.
 */
public record ScenarioResult(String id, String name, String decision, List<String> tags, boolean passed,
        List<Mismatch> mismatches, String actualOutcome, JsonNode actual, List<String> fired) {

    /** One difference, in words a trainer can read: what, expected, actual. */
    public record Mismatch(String what, String expected, String actual) {}
}
