package uk.caredecisions.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import uk.caredecisions.common.Decision;
import uk.caredecisions.common.InvalidRequestException;
import uk.caredecisions.common.RequestReader;
import uk.caredecisions.engine.DecisionContext;
import uk.caredecisions.engine.DecisionType;
import uk.caredecisions.engine.DecisionTypes;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.engine.TableRowRef;

/**
 * Runs scenarios through the real decision types against one rule set, compares each decision with
 * its expectation, and counts which rules and table rows fired.
 */
public final class ScenarioRunner {

    /** The date used for a scenario that names none, so that runs are repeatable. */
    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 11, 22);

    public RunReport run(List<Scenario> scenarios, RuleSet ruleSet, Map<String, String> deliberatelyUntested) {
        Map<String, Integer> fired = new TreeMap<>();
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            results.add(runOne(scenario, ruleSet, fired));
        }
        int passed = (int) results.stream().filter(ScenarioResult::passed).count();
        return new RunReport(ruleSet.version(), ruleSet.sha256(), results.size(), passed, results.size() - passed,
                List.copyOf(results), coverage(ruleSet, fired, deliberatelyUntested));
    }

    public ScenarioResult runOne(Scenario scenario, RuleSet ruleSet, Map<String, Integer> firedCounts) {
        List<ScenarioResult.Mismatch> mismatches = new ArrayList<>();
        DecisionType<?> type = DecisionTypes.all().byPath(scenario.decision()).orElse(null);
        if (type == null) {
            mismatches.add(new ScenarioResult.Mismatch("decision type", DecisionTypes.all().paths().toString(), scenario.decision()));
            return new ScenarioResult(scenario.id(), scenario.name(), scenario.decision(), scenario.tags(), false, mismatches, null, null, List.of());
        }
        List<String> fired = new ArrayList<>();
        LocalDate asOf = scenario.asOf() != null ? scenario.asOf()
                : scenario.request().hasNonNull("asOf") ? LocalDate.parse(scenario.request().get("asOf").asText()) : DEFAULT_AS_OF;
        DecisionContext context = DecisionContext.of(ruleSet, asOf).observedBy(e -> fired.addAll(e.fired()));
        JsonNode actual;
        String outcome;
        try {
            Decision<?> decision = DecisionTypes.decide(type, scenario.request(), date -> context);
            actual = RequestReader.MAPPER.valueToTree(decision);
            outcome = decision.outcome();
        } catch (InvalidRequestException e) {
            actual = RequestReader.MAPPER.valueToTree(Map.of("outcome", "INVALID_REQUEST", "errors", e.errors()));
            outcome = "INVALID_REQUEST";
        }
        fired.forEach(rule -> firedCounts.merge(rule, 1, Integer::sum));
        compare(scenario.expect(), actual, outcome, mismatches);
        return new ScenarioResult(scenario.id(), scenario.name(), scenario.decision(), scenario.tags(), mismatches.isEmpty(),
                List.copyOf(mismatches), outcome, actual, List.copyOf(fired));
    }

    static void compare(Expectation expect, JsonNode actual, String outcome, List<ScenarioResult.Mismatch> mismatches) {
        if (expect.outcome() != null && !expect.outcome().equals(outcome)) {
            mismatches.add(new ScenarioResult.Mismatch("outcome", expect.outcome(), outcome));
        }
        Set<String> reasons = codes(actual.get("reasons"), "code");
        for (String code : expect.reasons()) {
            if (!reasons.contains(code)) {
                mismatches.add(new ScenarioResult.Mismatch("reason " + code, "present", "absent (reasons were " + reasons + ")"));
            }
        }
        for (String code : expect.notReasons()) {
            if (reasons.contains(code)) {
                mismatches.add(new ScenarioResult.Mismatch("reason " + code, "absent", "present"));
            }
        }
        Set<String> warnings = codes(actual.get("warnings"), "code");
        for (String code : expect.warnings()) {
            if (!warnings.contains(code)) {
                mismatches.add(new ScenarioResult.Mismatch("warning " + code, "present", "absent (warnings were " + warnings + ")"));
            }
        }
        Set<String> missing = codes(actual.get("missing"), "field");
        for (String field : expect.missing()) {
            if (!missing.contains(field)) {
                mismatches.add(new ScenarioResult.Mismatch("missing " + field, "listed", "not listed (missing were " + missing + ")"));
            }
        }
        if (expect.fields() != null) {
            subset("", expect.fields(), actual, mismatches);
        }
    }

    private static void subset(String path, JsonNode expected, JsonNode actual, List<ScenarioResult.Mismatch> mismatches) {
        if (expected.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode value = actual == null ? null : actual.get(e.getKey());
                String field = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                if (value == null || value.isNull()) {
                    if (!e.getValue().isNull()) {
                        mismatches.add(new ScenarioResult.Mismatch(field, e.getValue().toString(), "nothing"));
                    }
                } else {
                    subset(field, e.getValue(), value, mismatches);
                }
            }
        } else if (expected.isArray()) {
            if (actual == null || !actual.isArray() || actual.size() != expected.size()) {
                mismatches.add(new ScenarioResult.Mismatch(path, expected.toString(), String.valueOf(actual)));
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                subset(path + "[" + i + "]", expected.get(i), actual.get(i), mismatches);
            }
        } else if (!expected.asText().equals(actual.asText())) {
            mismatches.add(new ScenarioResult.Mismatch(path, expected.asText(), actual.asText()));
        }
    }

    private static Set<String> codes(JsonNode array, String field) {
        Set<String> out = new java.util.LinkedHashSet<>();
        if (array != null && array.isArray()) {
            array.forEach(n -> out.add(n.path(field).asText()));
        }
        return out;
    }

    static Coverage coverage(RuleSet ruleSet, Map<String, Integer> fired, Map<String, String> untested) {
        Map<String, Integer> law = new TreeMap<>();
        Map<String, Integer> rows = new TreeMap<>();
        ruleSet.lawRules().forEach(r -> law.put(r, fired.getOrDefault(r, 0)));
        ruleSet.rowsByRule().keySet().forEach(r -> rows.put(r, fired.getOrDefault(r, 0)));
        List<String> lawNever = law.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
        List<Coverage.UncoveredRow> rowsNever = new ArrayList<>();
        Set<String> exercisedOrExcused = new HashSet<>();
        rows.forEach((id, count) -> {
            if (count == 0) {
                rowsNever.add(new Coverage.UncoveredRow(id, ruleSet.row(id).map(TableRowRef::source).orElse("?")));
            }
            if (count > 0 || untested.containsKey(id)) {
                exercisedOrExcused.add(id);
            }
        });
        double ratio = rows.isEmpty() ? 1.0 : (double) rows.values().stream().filter(c -> c > 0).count() / rows.size();
        return new Coverage(law, rows, lawNever, List.copyOf(rowsNever), Map.copyOf(untested), ratio);
    }
}
