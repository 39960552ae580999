package uk.caredecisions.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import uk.caredecisions.engine.DecisionTypes;
import uk.caredecisions.engine.RuleSet;

/**
 * The scenario workbook a trainer starts from: a sheet per decision type, each with one worked
 * example ({@code template-examples.yaml} beside this class). Shipped as
 * {@code test-scenarios/scenarios-template.xlsx}, a name the library does not load, so the
 * examples are not cases of the library; a trainer saves a filled-in copy as
 * {@code something.scenarios.xlsx}. The console writes the same from the rule set in force, so its
 * drop-downs offer the codes that rule set's tables define.
 */
public final class ScenarioTemplate {

    public static final String FILE = "scenarios-template.xlsx";

    private ScenarioTemplate() {}

    /** The worked examples, one a decision type. */
    public static List<Scenario> examples() {
        try (InputStream in = ScenarioTemplate.class.getResourceAsStream("template-examples.yaml")) {
            return ScenarioLibrary.parse("template-examples.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template under this rule set. */
    public static byte[] write(RuleSet ruleSet) {
        return new ScenarioWorkbookWriter(ruleSet).write(DecisionTypes.all().paths(), examples());
    }
}
