package uk.caredecisions.rulesets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The checks every workbook passes before its rules are written: each data cell must be a plain
 * literal of its column's kind and the technical rows must match the approved template. The rule
 * writer ({@link TableDrl}) checks each value again as it writes it, so a cell can never become code.
 */
public final class WorkbookChecks {

    private static final Pattern ROW_ID = CellLiterals.ROW_ID;
    private static final Pattern NUMBER = CellLiterals.NUMBER;
    private static final Pattern BOOLEAN = CellLiterals.BOOLEAN;
    private static final Pattern CODE = CellLiterals.CODE;
    private static final Pattern TEXT = CellLiterals.TEXT;

    private final TableTemplates templates = TableTemplates.bundled();

    public List<WorkbookProblem> check(PolicyWorkbook workbook) {
        List<WorkbookProblem> problems = new ArrayList<>();
        Map<String, CellRef> ids = new HashMap<>();
        for (DecisionTable table : workbook.tables()) {
            problems.addAll(templates.check(table));
            List<TableTemplates.ColumnTemplate> approved = templates.columns(table.name())
                    .filter(columns -> columns.size() == table.columns().size()).orElse(null);
            for (TableRow row : table.rows()) {
                for (int c = 0; c < table.columns().size(); c++) {
                    TableColumn column = table.columns().get(c);
                    String value = row.value(c);
                    CellRef cell = row.cells().get(c);
                    if (column.keyword().equals("NAME")) {
                        if (!ROW_ID.matcher(value).matches()) {
                            problems.add(WorkbookProblem.error("row-id", cell,
                                    "Row id '" + value + "' must be capitals and digits in parts joined by hyphens, like ADULT-WORD-010."));
                        } else if (ids.putIfAbsent(value, cell) != null) {
                            problems.add(WorkbookProblem.error("row-id-unique", cell,
                                    "Row id " + value + " is already used at " + ids.get(value) + "."));
                        }
                    } else {
                        checkLiteral(row.id(), column, approved == null ? null : TableDrl.slot(table.name(), approved.get(c)), value, cell, problems);
                    }
                }
            }
        }
        return problems;
    }

    /**
     * {@code slot} is how the approved template takes the value (null without a template). A number or
     * code slot given anything else cannot be written into its rule: reported under the same check and
     * in the same words as the rule writer would ({@code compiles}), before it gets that far.
     */
    private static void checkLiteral(String rowId, TableColumn column, TableDrl.Slot slot, String value, CellRef cell, List<WorkbookProblem> problems) {
        if (value.isEmpty()) {
            return;
        }
        String snippet = column.snippet();
        if (column.keyword().equals("DATA")) {
            checkData(column, value, cell, problems);
            return;
        }
        // Plain words or a code where the rule needs a number (or an enum code): say what the column takes.
        // Anything that is not even plain text falls through to the literal checks below.
        boolean plain = TEXT.matcher(value).matches();
        if (slot == TableDrl.Slot.NUMBER && !NUMBER.matcher(value).matches() && plain) {
            problems.add(WorkbookProblem.error("compiles", cell, "Row " + rowId + " does not compile: '" + column.label()
                    + "' takes a number, like 2 or 28, not '" + abbreviate(value) + "'."));
            return;
        }
        if (slot == TableDrl.Slot.CODE && !CODE.matcher(value).matches() && plain) {
            problems.add(WorkbookProblem.error("compiles", cell, "Row " + rowId + " does not compile: '" + column.label()
                    + "' takes a code in capitals from its drop-down, not '" + abbreviate(value) + "'."));
            return;
        }
        boolean quoted = snippet.contains("\"$param\"") || snippet.contains("\"$1\"");
        if (quoted) {
            if (!TEXT.matcher(value).matches()) {
                problems.add(WorkbookProblem.error("literal-cells", cell,
                        "'" + column.label() + "' must be plain text: quotes, backslashes and dollar signs are not allowed, because a table cell must never hold code."));
            }
        } else if (snippet.contains("$param")) {
            if (!(NUMBER.matcher(value).matches() || BOOLEAN.matcher(value).matches() || CODE.matcher(value).matches())) {
                String kind = slot == TableDrl.Slot.NUMBER ? "a number" : slot == TableDrl.Slot.CODE ? "a code in capitals" : "a number, true/false or a code";
                problems.add(WorkbookProblem.error("literal-cells", cell, "'" + column.label() + "' must be " + kind + ", not '" + abbreviate(value) + "'."));
            }
        } else if (!BOOLEAN.matcher(value).matches() && !value.equalsIgnoreCase("x")) {
            problems.add(WorkbookProblem.error("literal-cells", cell,
                    "'" + column.label() + "' takes only X (or true/false) to switch the rule part on."));
        }
    }

    /** Data columns name their type in the code row: date, integer, code or text. */
    private static void checkData(TableColumn column, String value, CellRef cell, List<WorkbookProblem> problems) {
        boolean ok = switch (column.snippet()) {
            case "date" -> value.matches("\\d{4}-\\d{2}-\\d{2}") && parses(value);
            case "integer" -> value.matches("-?\\d{1,9}");
            case "code" -> CODE.matcher(value).matches();
            default -> TEXT.matcher(value).matches();
        };
        if (!ok) {
            problems.add(WorkbookProblem.error("literal-cells", cell,
                    "'" + column.label() + "' must be " + switch (column.snippet()) {
                        case "date" -> "a date written 2026-12-25";
                        case "integer" -> "a whole number";
                        case "code" -> "a code in capitals, like BANK_HOLIDAY";
                        default -> "plain text without quotes, backslashes or dollar signs";
                    } + ", not '" + abbreviate(value) + "'."));
        }
    }

    private static boolean parses(String date) {
        try {
            java.time.LocalDate.parse(date);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "..." : value;
    }
}
