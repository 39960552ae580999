package uk.caredecisions.scenarios;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import uk.caredecisions.engine.DecisionTypes;
import uk.caredecisions.engine.RuleSet;

/**
 * The scenario workbook a trainer starts from: a sheet per decision type, with one worked example
 * each, copied from the library. Shipped as {@code test-scenarios/scenarios-template.xlsx}, a name
 * the library does not load (its examples would run twice); a trainer saves a filled-in copy as
 * {@code something.scenarios.xlsx}. The console writes the same from the rule set in force, so its
 * drop-downs offer the codes that rule set's tables define.
 */
public final class ScenarioTemplate {

    public static final String FILE = "scenarios-template.xlsx";

    /** The library's cases copied as each sheet's example, by decision type. */
    static final List<String> EXAMPLES = List.of(
            "adult-eligibility/01-two-outcomes-unable-without-help-eligible.yaml",
            "carer-eligibility/01-health-deteriorating-eligible.yaml",
            "safeguarding-concern/a-capacitous-decline-of-level-4-domestic-abuse-goes-to-multi-agency-risk-management.yaml#1",
            "triage/01-immediate-risk-to-life-critical-same-day.yaml");

    private ScenarioTemplate() {}

    /** The template under this rule set, its examples from this library (none that the library lacks). */
    public static byte[] write(RuleSet ruleSet, List<Scenario> library) {
        List<Scenario> examples = new ArrayList<>();
        for (String id : EXAMPLES) {
            library.stream().filter(s -> s.id().equals(id)).findFirst().ifPresent(s -> examples.add(example(s)));
        }
        return new ScenarioWorkbookWriter(ruleSet).write(DecisionTypes.all().paths(), examples);
    }

    /** A library case as an example row: the name says so, and the case reference of the original is left out. */
    private static Scenario example(Scenario s) {
        ObjectNode request = s.request().deepCopy();
        request.remove("caseReference");
        return new Scenario(s.id(), "Example: " + s.name(), s.decision(), s.tags(), s.narrative(), s.citations(), s.asOf(), request, s.expect());
    }
}
