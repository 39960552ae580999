package uk.caredecisions.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.caredecisions.BundledRuleSet;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.engine.TableRowRef;

/**
 * The rows read once per rule set (settings, names, sentences) decide exactly as they did when they
 * were fired in every decision: every scenario and seeded variants of it (fields dropped, answers
 * changed, bad input too), under the rule set as built and under the same tables with every row a
 * rule, give the same response byte for byte (ids and the clock fixed), and fire the same rows as
 * often.
 */
class RowsReadOnceTest {

    private static final ScenarioLibrary LIBRARY = ScenarioLibrary.load(BundledRuleSet.repoRoot().resolve("test-scenarios"));

    @Test
    void everyResponseIsTheSameAsWhenEveryRowFired() throws Exception {
        ResponseCorpus.assertSameAnswers(ResponseCorpus.decisions(BundledRuleSet.get(), LIBRARY, 4),
                ResponseCorpus.decisions(BundledRuleSet.everyRowARule(), LIBRARY, 4));
    }

    @Test
    void theRowsReadOnceAreOutOfTheKnowledgeBaseAndStillCitedByTheirCell() {
        RuleSet ruleSet = BundledRuleSet.get();
        assertThat(ruleSet.data().rows()).contains("ADULT-SET-01", "CARER-SET-01", "SG-SET-01", "ADULT-OUT-01", "ADULT-WORD-001",
                "CARER-WORD-001", "SG-WORD-001", "TRIAGE-WORD-005");
        assertThat(ruleSet.data().rows()).doesNotContain("ADULT-NEXT-01", "SG-IND-010");
        List<String> compiled = new ArrayList<>();
        ruleSet.kiePackages().forEach(p -> p.getRules().forEach(r -> compiled.add(r.getName())));
        assertThat(compiled).doesNotContainAnyElementsOf(ruleSet.data().rows()).contains("ADULT-NEXT-01");
        for (String row : ruleSet.data().rows()) {
            TableRowRef ref = ruleSet.row(row).orElseThrow();
            assertThat(ref.source()).startsWith(ref.table().workbook() + "!" + ref.table().sheet() + "!A");
        }
    }
}
