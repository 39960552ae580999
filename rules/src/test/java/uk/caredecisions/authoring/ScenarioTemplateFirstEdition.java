package uk.caredecisions.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import uk.caredecisions.BundledRuleSet;
import uk.caredecisions.scenarios.ScenarioTemplate;

/**
 * Writes {@code test-scenarios/scenarios-template.xlsx} from the bundled rule set and the worked
 * examples of {@link ScenarioTemplate}. Unlike the policy workbooks the template is not edited
 * by hand: write it again whenever a request field, a table's label or a code changes (the
 * {@code ScenarioTemplateTest} fails until then). Build the class path as for {@link FirstEdition}, then from {@code rules/}:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) uk.caredecisions.authoring.ScenarioTemplateFirstEdition ../test-scenarios
 * </pre>
 */
public final class ScenarioTemplateFirstEdition {

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "test-scenarios");
        Path file = dir.resolve(ScenarioTemplate.FILE);
        Files.write(file, workbook());
        System.out.println("wrote " + file);
    }

    public static byte[] workbook() {
        return ScenarioTemplate.write(BundledRuleSet.get());
    }
}
