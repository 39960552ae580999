package uk.caredecisions.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import uk.caredecisions.rulesets.DecisionTable;

/**
 * A built, immutable rule set: the DRL plus every workbook, compiled into a knowledge base per decision
 * area ({@code kieBases}, by DRL package).
 * {@code sha256} covers the exact content that decides, so a decision can be traced to it.
 * {@code data} holds the rows read once rather than compiled into {@code kieBase}; {@code rowsByRule}
 * still maps every row, compiled or read, to its cell. {@code compiledBefore}: the knowledge base was
 * loaded from {@link CompiledRuleSets}, not compiled from the DRL in this build.
 */
public record RuleSet(
        String version,
        LocalDate effectiveFrom,
        String sha256,
        Map<String, KieBase> kieBases,
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
        return new RuleSet(version, date, sha256, kieBases, drlFiles, lawRules, tables, rowsByRule, source.as(version, date), data, compiledBefore);
    }

    /** The knowledge base of one decision area: its DRL package (see {@link KnowledgeAreas}). */
    public KieBase kieBase(String area) {
        KieBase kieBase = kieBases.get(area);
        if (kieBase == null) {
            throw new IllegalArgumentException("Rule set " + version + " has no rules in " + area + "; its areas are " + kieBases.keySet());
        }
        return kieBase;
    }

    /** Every package of rules in the rule set, area by area. */
    public List<KiePackage> kiePackages() {
        List<KiePackage> packages = new ArrayList<>();
        kieBases.values().forEach(kb -> kb.getKiePackages().stream().filter(p -> !p.getRules().isEmpty()).forEach(packages::add));
        return packages;
    }

    public Optional<TableRowRef> row(String ruleName) {
        return Optional.ofNullable(rowsByRule.get(ruleName));
    }

    public Optional<DecisionTable> table(String name) {
        return tables.stream().filter(t -> t.name().equalsIgnoreCase(name)
                || (t.workbook() + "!" + t.sheet()).equalsIgnoreCase(name)).findFirst();
    }
}
