package uk.caredecisions.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;

import java.util.Set;
import uk.caredecisions.engine.RuleSet;

/**
 * Runs the library under two rule sets and lists every scenario whose decision changes. A decision
 * changes when anything a worker or the record would see changes: outcome, reasons (codes, texts,
 * sources), warnings, missing facts or the decision's own fields. The id, timestamp and rule-set
 * name are not compared.
 */
public final class Impact {

    private static final Set<String> IGNORED = Set.of("decisionId", "decidedAt", "ruleSet", "record");

    private final ScenarioRunner runner = new ScenarioRunner();

    public ImpactReport compare(List<Scenario> scenarios, RuleSet before, RuleSet after) {
        List<ImpactReport.Change> changed = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            ScenarioResult was = runner.runOne(scenario, before, new HashMap<>());
            ScenarioResult now = runner.runOne(scenario, after, new HashMap<>());
            List<String> differences = new ArrayList<>();
            diff("", strip(was.actual()), strip(now.actual()), differences);
            if (!differences.isEmpty()) {
                changed.add(new ImpactReport.Change(scenario.id(), scenario.name(), scenario.decision(), was.actualOutcome(),
                        now.actualOutcome(), List.copyOf(differences), was.actual().get("reasons"), now.actual().get("reasons"),
                        now.passed()));
            }
        }
        return new ImpactReport(before.version(), before.sha256(), after.version(), after.sha256(), scenarios.size(), List.copyOf(changed));
    }

    private static JsonNode strip(JsonNode decision) {
        if (decision instanceof ObjectNode object) {
            ObjectNode copy = object.deepCopy();
            copy.remove(IGNORED);
            // A refused request changes only if different fields are refused; messages name the rule-set version.
            if (copy.get("errors") instanceof com.fasterxml.jackson.databind.node.ArrayNode errors) {
                errors.forEach(e -> ((ObjectNode) e).remove("message"));
            }
            return copy;
        }
        return decision;
    }

    /** Differences in words: "reasons[3].text: 'old' -> 'new'". */
    static void diff(String path, JsonNode before, JsonNode after, List<String> out) {
        if (before == null || after == null) {
            if (before != after) {
                out.add(label(path) + ": " + show(before) + " -> " + show(after));
            }
            return;
        }
        if (before.isObject() && after.isObject()) {
            Set<String> keys = new LinkedHashSet<>();
            before.fieldNames().forEachRemaining(keys::add);
            after.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                diff(path.isEmpty() ? key : path + "." + key, before.get(key), after.get(key), out);
            }
        } else if (before.isArray() && after.isArray() && before.size() == after.size()) {
            for (int i = 0; i < before.size(); i++) {
                diff(path + "[" + i + "]", before.get(i), after.get(i), out);
            }
        } else if (!before.equals(after)) {
            out.add(label(path) + ": " + show(before) + " -> " + show(after));
        }
    }

    private static String label(String path) {
        return path.isEmpty() ? "decision" : path;
    }

    private static String show(JsonNode node) {
        if (node == null) {
            return "(none)";
        }
        if (node.isArray() && node.size() > 0 && node.get(0).has("code")) {
            List<String> codes = new ArrayList<>();
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                codes.add(it.next().path("code").asText());
            }
            return codes.toString();
        }
        return node.isTextual() ? "'" + node.asText() + "'" : node.toString();
    }

}
