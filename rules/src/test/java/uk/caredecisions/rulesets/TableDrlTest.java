package uk.caredecisions.rulesets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.caredecisions.rulesets.TableTemplates.ColumnTemplate;
import uk.caredecisions.rulesets.TableTemplates.RuleHeader;

/** The typed writer of each cell value: text escaped, numbers printed again, codes from the list, switches, citation keys. */
class TableDrlTest {

    private static final List<ColumnTemplate> COLUMNS = List.of(
            new ColumnTemplate("NAME", "", "", List.of()),
            new ColumnTemplate("METADATA", "", "citation(\"$param\")", List.of()),
            new ColumnTemplate("CONDITION", "$f : Finding", "decision == \"adult\", code == \"$param\"", List.of()),
            new ColumnTemplate("CONDITION", "TriagePriority", "priority == Priority.$param", List.of("LOW", "HIGH")),
            new ColumnTemplate("ACTION", "", "insert(new Setting(\"DAYS\", $param, drools.getRule().getName()));", List.of()),
            new ColumnTemplate("ACTION", "", "insert(Finding.flag(drools.getRule()));", List.of()));

    private static TableDrl.Rules write(List<String>... rows) {
        TableTemplates templates = new TableTemplates();
        templates.register("Sample", new RuleHeader("uk.caredecisions.sample", List.of("uk.caredecisions.common.Finding")), COLUMNS);
        List<TableColumn> columns = new ArrayList<>();
        for (int c = 0; c < COLUMNS.size(); c++) {
            ColumnTemplate t = COLUMNS.get(c);
            columns.add(new TableColumn(c, t.keyword(), t.objectType(), t.snippet(), "Column " + c, new CellRef("s.drl.xlsx", "Sample", 4, c)));
        }
        List<TableRow> tableRows = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            List<CellRef> cells = new ArrayList<>();
            for (int c = 0; c < COLUMNS.size(); c++) {
                cells.add(new CellRef("s.drl.xlsx", "Sample", 8 + r, c));
            }
            tableRows.add(new TableRow(rows[r].get(0), cells.get(0), rows[r], cells));
        }
        DecisionTable table = new DecisionTable("s.drl.xlsx", "Sample", "Sample", "uk.caredecisions.sample", List.of("uk.caredecisions.common.Finding"),
                new CellRef("s.drl.xlsx", "Sample", 3, 0), columns, tableRows);
        return new TableDrl(templates).rules(table);
    }

    @Test
    void eachValueIsWrittenByItsTypeAndAnEmptyCellLeavesItsPartOut() {
        TableDrl.Rules rules = write(List.of("SAMPLE-01", "LOCAL-SAMPLE", "NEEDS_MET", "HIGH", "28.50", "X"),
                List.of("SAMPLE-02", "", "", "", "007", "false"));

        assertThat(rules.problems()).isEmpty();
        assertThat(rules.drl()).isEqualTo("""
                // rule values at A9, header at A4
                rule "SAMPLE-01"
                \t@citation("LOCAL-SAMPLE")
                \twhen
                \t\t$f : Finding(decision == "adult", code == "NEEDS_MET")
                \t\tTriagePriority(priority == Priority.HIGH)
                \tthen
                \t\tinsert(new Setting("DAYS", 28.50, drools.getRule().getName()));
                \t\tinsert(Finding.flag(drools.getRule()));
                end

                // rule values at A10, header at A4
                rule "SAMPLE-02"
                \twhen
                \tthen
                \t\tinsert(new Setting("DAYS", 7, drools.getRule().getName()));
                end

                """);
    }

    @Test
    void aValueThatIsNotItsColumnsKindIsRefusedAtItsCellAndItsRuleIsNotWritten() {
        TableDrl.Rules rules = write(
                List.of("SAMPLE-01", "LOCAL-SAMPLE", "x\" || java.lang.Runtime.getRuntime().exec(\"touch x\") || \"", "", "", ""),
                List.of("SAMPLE-02", "", "", "MEDIUM", "", ""),
                List.of("SAMPLE-03", "", "", "", "1, null)); System.exit(1", ""),
                List.of("SAMPLE-04", "", "", "", "", "maybe"),
                List.of("SAMPLE-05", "X) @y(java.lang.System.exit(1)", "", "", "", ""),
                List.of("not an id", "", "", "", "1", ""),
                List.of("SAMPLE-07", "", "", "", "", "X"));

        assertThat(rules.problems()).extracting(WorkbookProblem::location).containsExactly(
                "s.drl.xlsx!Sample!C9", "s.drl.xlsx!Sample!D10", "s.drl.xlsx!Sample!E11", "s.drl.xlsx!Sample!F12", "s.drl.xlsx!Sample!B13",
                "s.drl.xlsx!Sample!A14");
        assertThat(rules.problems().get(0).message()).contains("plain text without quotes");
        assertThat(rules.problems().get(1).message()).contains("[LOW, HIGH]");
        assertThat(rules.problems().get(2).message()).contains("a number");
        assertThat(rules.drl()).contains("rule \"SAMPLE-07\"").doesNotContain("SAMPLE-01", "Runtime", "System", "MEDIUM", "maybe", "not an id");
    }

    @Test
    void textIsEscapedAsAStringLiteralWhateverItHolds() {
        assertThat(CellLiterals.quoted("a \"b\" \\ c\nd")).isEqualTo("\"a \\\"b\\\" \\\\ c\\nd\"");
    }
}
