package uk.caredecisions;

import java.nio.file.Path;
import java.time.LocalDate;
import uk.caredecisions.engine.DecisionContext;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.engine.RuleSetBuilder;
import uk.caredecisions.engine.RuleSetSource;

/** The real rule set, built once per test JVM from the real DRL and the real workbooks in decision-tables/. */
public final class BundledRuleSet {

    private static RuleSet ruleSet;
    private static RuleSet everyRowARule;

    private BundledRuleSet() {}

    public static Path repoRoot() {
        String root = System.getProperty("repo.root");
        Path path = root == null ? Path.of("..") : Path.of(root);
        return path.toAbsolutePath().normalize();
    }

    public static Path tablesDir() {
        return repoRoot().resolve("decision-tables");
    }

    public static RuleSetSource source() {
        return RuleSetSource.fromDirectory(tablesDir());
    }

    public static synchronized RuleSet get() {
        if (ruleSet == null) {
            ruleSet = new RuleSetBuilder().build(source());
        }
        return ruleSet;
    }

    /** The same rule set built as before issue 15: every table row compiled and fired, none read once. */
    public static synchronized RuleSet everyRowARule() {
        if (everyRowARule == null) {
            everyRowARule = new RuleSetBuilder(false).build(source());
        }
        return everyRowARule;
    }

    public static DecisionContext context() {
        return DecisionContext.of(get(), LocalDate.of(2026, 11, 22));
    }
}
