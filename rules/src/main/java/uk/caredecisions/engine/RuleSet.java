package uk.caredecisions.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.KieBase;
import uk.caredecisions.rulesets.DecisionTable;

/**
 * A built, immutable rule set: the DRL plus every workbook, compiled into one knowledge base.
 * {@code sha256} covers the exact content that decides, so a decision can be traced to it.
 * {@code data} holds the rows read once rather than compiled into {@code kieBase}; {@code rowsByRule}
 * still maps every row, compiled or read, to its cell. {@code compiledBefore}: the knowledge base was
 * loaded from {@link CompiledRuleSets}, not compiled from the DRL in this build.
 */
public record RuleSet(
        String version,
        LocalDate effectiveFrom,
        String sha256,
        KieBase kieBase,
        List<String> drlFiles,
        List<String> lawRules,
        List<DecisionTable> tables,
        Map<String, TableRowRef> rowsByRule,
        RuleSetSource source,
        RuleSetData data,
        boolean compiledBefore) {

    /**
     * The same content deciding from another date: what a practice lead chooses when activating.
     * {@code sha256} covers the DRL and the workbooks, not the date, so it is unchanged.
     */
    public RuleSet decidingFrom(LocalDate date) {
        if (date.equals(effectiveFrom)) {
            return this;
        }
        return new RuleSet(version, date, sha256, kieBase, drlFiles, lawRules, tables, rowsByRule, source.as(version, date), data, compiledBefore);
    }

    public Optional<TableRowRef> row(String ruleName) {
        return Optional.ofNullable(rowsByRule.get(ruleName));
    }

    public Optional<DecisionTable> table(String name) {
        return tables.stream().filter(t -> t.name().equalsIgnoreCase(name)
                || (t.workbook() + "!" + t.sheet()).equalsIgnoreCase(name)).findFirst();
    }
}
