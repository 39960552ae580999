package uk.caredecisions.rulesets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The approved shape of each decision table: its keyword, pattern and snippet rows. A practice lead
 * edits data rows; the technical rows are code and must match what was approved, cell for cell.
 * Each decision area lists its tables in a {@link TableCatalogue}.
 */
public final class TableTemplates {

    /** The approved technical rows of one column. */
    public record ColumnTemplate(String keyword, String objectType, String snippet, List<String> allowed) {}

    /** The package and imports a table's rules are generated with; a null package marks reference data, never compiled. */
    public record RuleHeader(String rulePackage, List<String> imports) {
        public RuleHeader {
            imports = List.copyOf(imports);
        }

        public boolean isData() {
            return rulePackage == null;
        }
    }

    private static final TableTemplates BUNDLED = load();

    private final Map<String, List<ColumnTemplate>> approved = new ConcurrentHashMap<>();
    private final Map<String, RuleHeader> headers = new ConcurrentHashMap<>();
    private final Map<String, TableLookup> lookups = new ConcurrentHashMap<>();

    public static TableTemplates bundled() {
        return BUNDLED;
    }

    private static TableTemplates load() {
        TableTemplates templates = new TableTemplates();
        for (TableCatalogue catalogue : TableCatalogue.installed()) {
            catalogue.tables().forEach((name, columns) -> templates.register(name,
                    new RuleHeader(catalogue.rulePackage(name), catalogue.imports(name)),
                    columns.stream().map(c -> new ColumnTemplate(c.keyword(), c.objectType(), c.snippet(), c.allowed())).toList()));
            templates.lookups.putAll(catalogue.lookups());
        }
        return templates;
    }

    public void register(String tableName, RuleHeader header, List<ColumnTemplate> columns) {
        approved.put(tableName, List.copyOf(columns));
        headers.put(tableName, header);
    }

    /** The approved package and imports of a table, if it has a template. */
    public Optional<RuleHeader> header(String tableName) {
        return Optional.ofNullable(headers.get(tableName));
    }

    /** How a table that only names things is looked up instead of fired, if its catalogue says so. */
    public Optional<TableLookup> lookup(String tableName) {
        return Optional.ofNullable(lookups.get(tableName));
    }

    /** The approved columns of a table, if it has a template. */
    public Optional<List<ColumnTemplate>> columns(String tableName) {
        return Optional.ofNullable(approved.get(tableName));
    }

    public List<WorkbookProblem> check(DecisionTable table) {
        List<WorkbookProblem> problems = new ArrayList<>();
        List<ColumnTemplate> expected = approved.get(table.name());
        if (expected == null) {
            problems.add(WorkbookProblem.error("template", table.ruleTableCell(),
                    "There is no approved template for a table named '" + table.name() + "'; known tables: " + approved.keySet().stream().sorted().toList() + "."));
            return problems;
        }
        RuleHeader header = headers.get(table.name());
        if (header.isData() != table.isData()) {
            problems.add(WorkbookProblem.error("template", table.ruleTableCell(), header.isData()
                    ? "Table " + table.name() + " is reference data: this cell must read 'DataTable " + table.name() + "', with no RuleSet row on the sheet."
                    : "Table " + table.name() + " holds rules: this cell must read 'RuleTable " + table.name() + "', below a RuleSet row."));
        } else if (!header.isData() && (!header.rulePackage().equals(table.rulePackage()) || !header.imports().equals(table.imports()))) {
            problems.add(WorkbookProblem.error("template", table.ruleTableCell(), "The RuleSet and Import rows above table " + table.name()
                    + " differ from the approved template; they must read " + header.rulePackage() + " and " + String.join(", ", header.imports()) + "."));
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
