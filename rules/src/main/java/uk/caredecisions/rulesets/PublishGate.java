package uk.caredecisions.rulesets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.engine.RuleSetSource;
import uk.caredecisions.scenarios.RunReport;
import uk.caredecisions.scenarios.Scenario;
import uk.caredecisions.scenarios.ScenarioResult;
import uk.caredecisions.scenarios.ScenarioRunner;

/**
 * The gate every new rule set passes before it may decide: it compiles, it validates clean, and
 * every scenario in the library still passes under it, unless the practice lead has explicitly
 * accepted that scenario's new answer. The same gate serves an upload and a watched folder.
 */
public final class PublishGate {

    /** A scenario whose decision under the new rule set is not what it expects. */
    public record Difference(String id, String name, boolean accepted, List<ScenarioResult.Mismatch> mismatches) {}

    /** How the library fared: totals, every difference, and accepted ids that named no scenario. */
    public record ScenarioCheck(int total, int passed, List<Difference> differences, List<String> unknownAccepted) {
        public boolean clean() {
            return differences.stream().allMatch(Difference::accepted) && unknownAccepted.isEmpty();
        }
    }

    /** The gate's verdict; {@code ruleSet} is present only when it passed. */
    public record Verdict(String version, ValidationReport validation, ScenarioCheck scenarios, Optional<RuleSet> ruleSet) {
        public boolean passed() {
            return ruleSet.isPresent();
        }

        /** Each reason the gate refused, as location and message. */
        public List<WorkbookProblem> refusals() {
            List<WorkbookProblem> out = new ArrayList<>(validation.errors());
            if (scenarios != null) {
                scenarios.differences().stream().filter(d -> !d.accepted()).forEach(d -> out.add(WorkbookProblem.error("scenarios",
                        "test-scenarios/" + d.id(), "Scenario '" + d.name() + "' no longer passes: " + d.mismatches().stream()
                                .map(m -> m.what() + " expected " + m.expected() + " but got " + m.actual()).toList()
                                + ". Fix the table, or accept the new answer by listing the scenario id.")));
                scenarios.unknownAccepted().forEach(id -> out.add(WorkbookProblem.error("scenarios", "acceptedScenarios",
                        "No scenario has the id '" + id + "'.")));
            }
            return out;
        }
    }

    private final RuleSetValidator validator;
    private final ScenarioRunner runner = new ScenarioRunner();

    public PublishGate(RuleSetValidator validator) {
        this.validator = validator;
    }

    public Verdict check(RuleSetSource source, List<Scenario> scenarios, Set<String> accepted) {
        RuleSetValidator.Validated validated = validator.validateAndBuild(source);
        if (validated.ruleSet().isEmpty()) {
            return new Verdict(source.version(), validated.report(), null, Optional.empty());
        }
        RuleSet ruleSet = validated.ruleSet().get();
        RunReport run = runner.run(scenarios, ruleSet, java.util.Map.of());
        List<Difference> differences = run.results().stream().filter(r -> !r.passed())
                .map(r -> new Difference(r.id(), r.name(), accepted.contains(r.id()), r.mismatches())).toList();
        List<String> unknown = accepted.stream().filter(id -> scenarios.stream().noneMatch(s -> s.id().equals(id))).sorted().toList();
        ScenarioCheck check = new ScenarioCheck(run.total(), run.passed(), differences, unknown);
        return new Verdict(source.version(), validated.report(), check, check.clean() ? Optional.of(ruleSet) : Optional.empty());
    }
}
