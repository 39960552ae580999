package uk.caredecisions.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;

/**
 * A worked case: a sentence for a name, a narrative a trainer can read aloud, the request, and
 * what the decision must be. {@code id} is the file (relative to the library) and, for files with
 * several cases, {@code #n}.
 */
public record Scenario(String id, String name, String decision, List<String> tags, String narrative,
        List<String> citations, LocalDate asOf, JsonNode request, Expectation expect) {

    public boolean hasTag(String tag) {
        return tags.stream().anyMatch(t -> t.equalsIgnoreCase(tag));
    }
}
