package uk.caredecisions.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import uk.caredecisions.BundledRuleSet;
import uk.caredecisions.common.CitationRegistry;
import uk.caredecisions.rulesets.DecisionTable;

/** Guards against the silent failures: a rule with no citation, a DRL or workbook left out, a table with no rows compiled. */
class RuleSetGuardTest {

    private final RuleSet ruleSet = BundledRuleSet.get();

    @Test
    void everyRuleAndTableRowCitesAProvisionInTheRegistry() {
        // Every row compiled as a rule, so the rows read once are checked too.
        for (KiePackage pkg : BundledRuleSet.everyRowARule().kiePackages()) {
            for (Rule rule : pkg.getRules()) {
                boolean wordingRow = ruleSet.row(rule.getName()).map(r -> r.table().name().endsWith("Wording")).orElse(false);
                if (wordingRow) {
                    continue; // wording rows word a finding; the finding's rule carries the citation
                }
                Object key = rule.getMetaData().get("citation");
                assertThat(key).as("citation of rule '%s'", rule.getName()).isNotNull();
                assertThat(CitationRegistry.bundled().find(key.toString())).as("citation key %s of rule '%s'", key, rule.getName()).isPresent();
            }
        }
    }

    @Test
    void everyLawRuleHasAStableIdAndASentenceForAName() {
        assertThat(ruleSet.lawRules()).allSatisfy(name -> assertThat(name).matches("[A-Z]+(-[A-Z]+)*-\\d{3} [A-Z].+"));
    }

    @Test
    void everyDrlFileInTheSourcesIsListedInTheIndex() throws IOException {
        Path resources = BundledRuleSet.repoRoot().resolve("rules/src/main/resources");
        List<String> onDisk;
        try (Stream<Path> files = Files.walk(resources)) {
            onDisk = files.filter(p -> p.toString().endsWith(".drl")).map(p -> resources.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        assertThat(ruleSet.drlFiles()).containsExactlyInAnyOrderElementsOf(onDisk);
    }

    @Test
    void everyBundledWorkbookCompilesRulesFromEveryRuleSheet() {
        Map<String, Long> rowsByWorkbook = ruleSet.rowsByRule().values().stream()
                .collect(Collectors.groupingBy(r -> r.table().workbook(), Collectors.counting()));
        for (String workbook : ruleSet.source().workbooks().keySet()) {
            List<DecisionTable> tables = ruleSet.tables().stream().filter(t -> t.workbook().equals(workbook)).toList();
            assertThat(tables).as("tables in %s", workbook).isNotEmpty();
            if (tables.stream().anyMatch(t -> !t.isData())) {
                assertThat(rowsByWorkbook.get(workbook)).as("rules compiled from %s", workbook).isPositive();
            }
        }
        long compiledTableRules = ruleSet.kiePackages().stream().flatMap(p -> p.getRules().stream())
                .filter(r -> ruleSet.row(r.getName()).isPresent()).count();
        assertThat(compiledTableRules + ruleSet.data().rows().size()).isEqualTo(ruleSet.rowsByRule().size());
        long everyRow = BundledRuleSet.everyRowARule().kiePackages().stream().flatMap(p -> p.getRules().stream())
                .filter(r -> ruleSet.row(r.getName()).isPresent()).count();
        assertThat(everyRow).isEqualTo(ruleSet.rowsByRule().size());
    }

    @Test
    void onlyPolicyWorkbooksLiveInTheTablesFolder() throws IOException {
        try (Stream<Path> files = Files.list(BundledRuleSet.tablesDir())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .allSatisfy(name -> assertThat(name).matches(".+\\.drl\\.xlsx|ruleset\\.properties"));
        }
    }
}
