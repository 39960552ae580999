package uk.caredecisions.rulesets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The approved shape of each decision table: its keyword, pattern and snippet rows. A practice lead
 * edits data rows; the technical rows are code and must match what was approved, cell for cell.
 * Each decision area lists its tables in a {@link TableCatalogue}.
 */
public final class TableTemplates {

    /** The approved technical rows of one column. */
    public record ColumnTemplate(String keyword, String objectType, String snippet, List<String> allowed) {}

    private static final TableTemplates BUNDLED = load();

    private final Map<String, List<ColumnTemplate>> approved = new ConcurrentHashMap<>();

    public static TableTemplates bundled() {
        return BUNDLED;
    }

    private static TableTemplates load() {
        TableTemplates templates = new TableTemplates();
        for (TableCatalogue catalogue : ServiceLoader.load(TableCatalogue.class, TableTemplates.class.getClassLoader())) {
            catalogue.tables().forEach((name, columns) -> templates.register(name, columns.stream()
                    .map(c -> new ColumnTemplate(c.keyword(), c.objectType(), c.snippet(), c.allowed())).toList()));
        }
        return templates;
    }

    public void register(String tableName, List<ColumnTemplate> columns) {
        approved.put(tableName, List.copyOf(columns));
    }

    public List<WorkbookProblem> check(DecisionTable table) {
        List<WorkbookProblem> problems = new ArrayList<>();
        List<ColumnTemplate> expected = approved.get(table.name());
        if (expected == null) {
            problems.add(WorkbookProblem.error("template", table.ruleTableCell(),
                    "There is no approved template for a table named '" + table.name() + "'; known tables: " + approved.keySet().stream().sorted().toList() + "."));
            return problems;
        }
        if (expected.size() != table.columns().size()) {
            problems.add(WorkbookProblem.error("template", table.ruleTableCell(),
                    "Table " + table.name() + " must have " + expected.size() + " columns, not " + table.columns().size() + "."));
            return problems;
        }
        for (int i = 0; i < expected.size(); i++) {
            ColumnTemplate want = expected.get(i);
            TableColumn got = table.columns().get(i);
            CellRef keyword = got.keywordCell();
            if (!want.keyword().equals(got.keyword())) {
                problems.add(WorkbookProblem.error("template", keyword, "Expected column keyword " + want.keyword() + "."));
            }
            if (!Objects.equals(want.objectType(), got.objectType())) {
                problems.add(WorkbookProblem.error("template", new CellRef(keyword.workbook(), keyword.sheet(), keyword.row() + 1, keyword.column()),
                        "The pattern row of column '" + got.label() + "' differs from the approved template."));
            }
            if (!Objects.equals(want.snippet(), got.snippet())) {
                problems.add(WorkbookProblem.error("template", new CellRef(keyword.workbook(), keyword.sheet(), keyword.row() + 2, keyword.column()),
                        "The code row of column '" + got.label() + "' differs from the approved template."));
            }
        }
        for (TableRow row : table.rows()) {
            for (int i = 0; i < expected.size(); i++) {
                List<String> allowed = expected.get(i).allowed();
                String value = row.value(i);
                if (!allowed.isEmpty() && !value.isEmpty() && !allowed.contains(value)) {
                    problems.add(WorkbookProblem.error("allowed-codes", row.cells().get(i),
                            "'" + value + "' is not one of the codes allowed in '" + table.columns().get(i).label() + "': " + allowed + "."));
                }
            }
        }
        return problems;
    }

    public Map<String, List<ColumnTemplate>> approved() {
        return Map.copyOf(approved);
    }
}
