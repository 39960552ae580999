package uk.caredecisions.rulesets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.junit.jupiter.api.Test;
import uk.caredecisions.BundledRuleSet;

/**
 * The rules written from the checked table model are the rules Drools' spreadsheet compiler made
 * from the same bundled workbooks, rule for rule: same names, citations, patterns (one per
 * condition column, which matters to actions reading {@code drools.getMatch().getObjects()}),
 * actions and order. Drools reads only our own trusted files here, in the test.
 */
class TableDrlFidelityTest {

    private static final Pattern RULE = Pattern.compile("(?m)^rule \"([^\"]+)\"$");

    @Test
    void everyBundledRuleSheetGeneratesWhatDroolsCompiledFromTheFile() {
        TableDrl generator = TableDrl.bundled();
        WorkbookReader reader = new WorkbookReader();
        int sheets = 0;
        int rules = 0;
        for (var workbook : BundledRuleSet.source().workbooks().entrySet()) {
            PolicyWorkbook read = reader.read(workbook.getKey(), workbook.getValue());
            assertThat(read.problems()).as(workbook.getKey()).isEmpty();
            for (DecisionTable table : read.tables()) {
                if (table.isData()) {
                    continue;
                }
                String drools = new SpreadsheetCompiler().compile(new ByteArrayInputStream(workbook.getValue()), table.sheet());
                TableDrl.Rules generated = generator.rules(table);
                assertThat(generated.problems()).isEmpty();
                String ours = TableDrl.header(TableTemplates.bundled().header(table.name()).orElseThrow()) + generated.drl();

                assertThat(preamble(ours)).as("package and imports of %s!%s", workbook.getKey(), table.sheet()).isEqualTo(preamble(drools));
                Map<String, String> expected = rules(drools);
                Map<String, String> actual = rules(ours);
                assertThat(new ArrayList<>(actual.keySet())).as("rule names of %s!%s", workbook.getKey(), table.sheet())
                        .containsExactlyElementsOf(expected.keySet());
                expected.forEach((name, body) -> assertThat(actual.get(name)).as("rule %s", name).isEqualTo(body));
                assertThat(actual).hasSize(table.rows().size());
                sheets++;
                rules += actual.size();
            }
        }
        assertThat(sheets).isGreaterThanOrEqualTo(20);
        assertThat(rules).isGreaterThanOrEqualTo(300);
    }

    /** The package and import lines, comments dropped and spaces collapsed. */
    private static List<String> preamble(String drl) {
        return drl.lines().map(String::strip).takeWhile(l -> !l.startsWith("rule "))
                .filter(l -> !l.isEmpty() && !l.startsWith("//")).map(l -> l.replaceAll("\\s+", " ")).toList();
    }

    /** Rule name to its text, comments dropped and whitespace collapsed. */
    private static Map<String, String> rules(String drl) {
        String text = String.join("\n", drl.lines().map(String::strip).filter(l -> !l.startsWith("//")).toList());
        Map<String, String> rules = new LinkedHashMap<>();
        Matcher m = RULE.matcher(text);
        List<int[]> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start()});
            names.add(m.group(1));
        }
        for (int i = 0; i < names.size(); i++) {
            int end = i + 1 < names.size() ? starts.get(i + 1)[0] : text.length();
            rules.put(names.get(i), text.substring(starts.get(i)[0], end).replaceAll("\\s+", " ").strip());
        }
        return rules;
    }
}
