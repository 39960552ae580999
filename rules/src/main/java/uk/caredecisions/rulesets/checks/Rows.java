package uk.caredecisions.rulesets.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import uk.caredecisions.rulesets.CellRef;
import uk.caredecisions.rulesets.DecisionTable;
import uk.caredecisions.rulesets.TableColumn;
import uk.caredecisions.rulesets.TableRow;

/**
 * How rows relate, read from their cells. A CONDITION cell left empty means "any value" (Drools
 * leaves the constraint out); a filled one matches that literal only. ACTION cells are the
 * row's result. Names and metadata (citations) are neither.
 */
final class Rows {

    private Rows() {}

    static List<Integer> conditions(DecisionTable table) {
        return indexes(table, "CONDITION");
    }

    static List<Integer> results(DecisionTable table) {
        return indexes(table, "ACTION");
    }

    private static List<Integer> indexes(DecisionTable table, String keyword) {
        List<Integer> out = new ArrayList<>();
        for (TableColumn column : table.columns()) {
            if (column.keyword().equalsIgnoreCase(keyword)) {
                out.add(column.index());
            }
        }
        return out;
    }

    /** Some case matches both rows: on every condition, one of them is "any" or both hold the same value. */
    static boolean overlap(TableRow a, TableRow b, List<Integer> conditions) {
        for (int c : conditions) {
            String x = a.value(c);
            String y = b.value(c);
            if (!x.isEmpty() && !y.isEmpty() && !x.equals(y)) {
                return false;
            }
        }
        return true;
    }

    /** Every case {@code specific} matches, {@code general} matches too. */
    static boolean covers(TableRow general, TableRow specific, List<Integer> conditions) {
        for (int c : conditions) {
            String g = general.value(c);
            if (!g.isEmpty() && !g.equals(specific.value(c))) {
                return false;
            }
        }
        return true;
    }

    static boolean sameCells(TableRow a, TableRow b, List<Integer> columns) {
        return columns.stream().allMatch(c -> a.value(c).equals(b.value(c)));
    }

    /** "Outcome = NUTRITION, When the finding is = any", for messages. */
    static String describe(DecisionTable table, TableRow row, List<Integer> conditions) {
        if (conditions.isEmpty()) {
            return "every case (the table has no conditions)";
        }
        return conditions.stream().map(c -> table.columns().get(c).label() + " = "
                + (row.value(c).isEmpty() ? "any" : row.value(c))).collect(Collectors.joining(", "));
    }

    /** The visible question cell at the top of a column, where a practice lead looks first. */
    static CellRef labelCell(DecisionTable table, int column) {
        CellRef keyword = table.columns().get(column).keywordCell();
        return new CellRef(keyword.workbook(), keyword.sheet(), keyword.row() + 3, keyword.column());
    }

    static String quote(String value) {
        String v = value.length() > 60 ? value.substring(0, 60) + "..." : value;
        return "'" + v + "'";
    }
}
