package uk.caredecisions.service.rulesets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.rulesets.DecisionTable;
import uk.caredecisions.rulesets.PublishGate;
import uk.caredecisions.rulesets.RuleSetLibrary;
import uk.caredecisions.rulesets.TableColumn;
import uk.caredecisions.rulesets.TableRow;
import uk.caredecisions.rulesets.ValidationReport;

/** What the rule-set endpoints answer with: records only, no Drools types. */
final class RuleSetViews {

    private RuleSetViews() {}

    /**
     * A loaded rule set, for {@code GET /v1/rulesets}.
     *
     * @param provenance who staged, approved and activated it, and when, from the store (absent for the bundled tables)
     */
    record Summary(String version, LocalDate effectiveFrom, String sha256, RuleSetLibrary.Status status,
            List<TableSummary> tables, List<String> drlFiles, StoredVersion.Provenance provenance) {

        static Summary of(RuleSet ruleSet, RuleSetLibrary.Status status) {
            return new Summary(ruleSet.version(), ruleSet.effectiveFrom(), ruleSet.sha256(), status,
                    ruleSet.tables().stream().map(TableSummary::of).toList(), ruleSet.drlFiles(), null);
        }

        Summary with(StoredVersion.Provenance p) {
            return new Summary(version, effectiveFrom, sha256, status, tables, drlFiles, p);
        }
    }

    /** A recorded approval, for {@code POST /v1/rulesets/{version}/approve}. */
    record Approval(String version, String approvedBy, java.time.Instant approvedAt, String stagedBy) {}

    /** A table of a rule set: its name, where it is, how many rows. */
    record TableSummary(String name, String workbook, String sheet, String cell, String kind, int rows) {
        static TableSummary of(DecisionTable t) {
            return new TableSummary(t.name(), t.workbook(), t.sheet(), t.ruleTableCell().toString(), t.isData() ? "DATA" : "RULES", t.rows().size());
        }
    }

    /** A table's rows as JSON, each cell with its reference, for {@code GET /v1/rulesets/{version}/tables/{table}}. */
    record TableView(String version, String name, String workbook, String sheet, String cell, String kind,
            List<Column> columns, List<Row> rows) {

        record Column(int index, String keyword, String label, String cell) {}

        record Row(String id, String cell, List<Cell> cells) {}

        record Cell(String column, String value, String cell) {}

        static TableView of(String version, DecisionTable table) {
            List<Column> columns = new ArrayList<>();
            for (TableColumn c : table.columns()) {
                columns.add(new Column(c.index(), c.keyword(), c.label(), c.keywordCell().toString()));
            }
            List<Row> rows = new ArrayList<>();
            for (TableRow r : table.rows()) {
                List<Cell> cells = new ArrayList<>();
                for (int i = 0; i < table.columns().size(); i++) {
                    cells.add(new Cell(table.columns().get(i).label(), r.value(i), r.cells().get(i).toString()));
                }
                rows.add(new Row(r.id(), r.cell().toString(), cells));
            }
            return new TableView(version, table.name(), table.workbook(), table.sheet(), table.ruleTableCell().toString(),
                    table.isData() ? "DATA" : "RULES", columns, rows);
        }
    }

    /**
     * The answer to a staging request that passed the gate, with its impact: every scenario the new
     * version decides differently from the live one, even where the scenario's expectation still holds.
     */
    record Staged(String version, LocalDate effectiveFrom, String sha256, RuleSetLibrary.Status status,
            ValidationReport validation, PublishGate.ScenarioCheck scenarios, uk.caredecisions.scenarios.ImpactReport impact) {}
}
