package uk.caredecisions.service.console.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between a scenario's decision and the decision on the facts as changed: each fact
 * changed (before and after, in the fact sheet's words), the outcome, and each reason and warning
 * that is new or no longer given.
 */
public record WhatIf(List<ChangedFact> facts, String outcomeBefore, String outcomeAfter, List<Line> reasons, List<Line> warnings,
                     List<Line> reasonsGone, List<Line> warningsGone) {

    public record ChangedFact(String label, String before, String after) {}

    /** A reason or warning of the new decision; {@code isNew} when the scenario's decision did not give it. */
    public record Line(String code, String text, String legalBasis, String source, boolean isNew) {}

    public boolean outcomeChanged() {
        return !Objects.equals(outcomeBefore, outcomeAfter);
    }

    public static WhatIf between(JsonNode requestBefore, JsonNode decisionBefore, JsonNode requestAfter, JsonNode decisionAfter) {
        Map<String, FactSheet.Fact> before = byPath(requestBefore);
        Map<String, FactSheet.Fact> after = byPath(requestAfter);
        List<ChangedFact> facts = new ArrayList<>();
        after.forEach((path, fact) -> {
            FactSheet.Fact was = before.get(path);
            if (was == null || !was.value().equals(fact.value())) {
                facts.add(new ChangedFact(fact.label(), was == null ? "(not recorded)" : was.value(), fact.value()));
            }
        });
        before.forEach((path, fact) -> {
            if (!after.containsKey(path)) {
                facts.add(new ChangedFact(fact.label(), fact.value(), "(not recorded)"));
            }
        });
        return new WhatIf(facts, decisionBefore.path("outcome").asText(), decisionAfter.path("outcome").asText(),
                lines(decisionAfter.path("reasons"), decisionBefore.path("reasons")), lines(decisionAfter.path("warnings"), decisionBefore.path("warnings")),
                gone(decisionBefore.path("reasons"), decisionAfter.path("reasons")), gone(decisionBefore.path("warnings"), decisionAfter.path("warnings")));
    }

    private static Map<String, FactSheet.Fact> byPath(JsonNode request) {
        Map<String, FactSheet.Fact> out = new LinkedHashMap<>();
        FactSheet.of(request).forEach(f -> out.put(f.path(), f));
        return out;
    }

    private static List<Line> lines(JsonNode now, JsonNode was) {
        List<Line> out = new ArrayList<>();
        for (JsonNode n : now) {
            out.add(line(n, !contains(was, n)));
        }
        return out;
    }

    private static List<Line> gone(JsonNode was, JsonNode now) {
        List<Line> out = new ArrayList<>();
        for (JsonNode n : was) {
            if (!contains(now, n)) {
                out.add(line(n, false));
            }
        }
        return out;
    }

    /** The same reason: the same code and the same sentence (a reason's sentence carries its values, "over 20 days"). */
    private static boolean contains(JsonNode list, JsonNode item) {
        for (JsonNode n : list) {
            if (n.path("code").asText().equals(item.path("code").asText()) && n.path("text").asText().equals(item.path("text").asText())) {
                return true;
            }
        }
        return false;
    }

    private static Line line(JsonNode n, boolean isNew) {
        return new Line(n.path("code").asText(), n.path("text").asText(), n.path("legalBasis").asText(), n.path("source").asText(), isNew);
    }
}
