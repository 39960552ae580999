package uk.caredecisions.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What a rule-set change does to the scenario library: every scenario whose decision differs,
 * with what changed and both explanations.
 */
public record ImpactReport(String fromVersion, String fromSha256, String toVersion, String toSha256, int scenarios,
        List<Change> changed) {

    /** One scenario decided differently: the outcomes, each difference in words, and both decisions' reasons. */
    public record Change(String id, String name, String decision, String outcomeBefore, String outcomeAfter,
            List<String> differences, JsonNode reasonsBefore, JsonNode reasonsAfter, boolean expectationStillMet) {}

    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append("Impact of ").append(toVersion).append(" against ").append(fromVersion).append(": ")
                .append(changed.size()).append(" of ").append(scenarios).append(" scenarios decided differently.\n");
        for (Change c : changed) {
            out.append("\n").append(c.name()).append("\n  ").append(c.id()).append("\n");
            if (!c.outcomeBefore().equals(c.outcomeAfter())) {
                out.append("  outcome: ").append(c.outcomeBefore()).append(" -> ").append(c.outcomeAfter()).append("\n");
            }
            c.differences().forEach(d -> out.append("  ").append(d).append("\n"));
            out.append(c.expectationStillMet() ? "  (the scenario's expectation still holds)\n" : "  (the scenario's expectation now FAILS)\n");
        }
        return out.toString();
    }
}
