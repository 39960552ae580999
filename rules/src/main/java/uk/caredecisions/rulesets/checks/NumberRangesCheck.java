package uk.caredecisions.rulesets.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import uk.caredecisions.rulesets.CellLiterals;
import uk.caredecisions.rulesets.DecisionTable;
import uk.caredecisions.rulesets.NumberRange;
import uk.caredecisions.rulesets.TableCatalogue;
import uk.caredecisions.rulesets.TableColumn;
import uk.caredecisions.rulesets.TableRow;
import uk.caredecisions.rulesets.WorkbookProblem;

/**
 * Every number in a column with a declared range ({@link TableCatalogue#ranges()}) is a whole
 * number inside it. A cell that is not a number at all is left to the rule writer, which names it,
 * so that one mistake gives one error.
 */
public final class NumberRangesCheck implements TableCheck {

    private static final List<NumberRange> RANGES = load();

    @Override
    public String name() {
        return "number-ranges";
    }

    @Override
    public List<WorkbookProblem> check(DecisionTable table, TableScope scope) {
        List<WorkbookProblem> problems = new ArrayList<>();
        for (NumberRange range : RANGES) {
            if (!range.table().equals(table.name())) {
                continue;
            }
            for (TableColumn column : table.columns()) {
                if (!range.column().equalsIgnoreCase(column.label())) {
                    continue;
                }
                for (TableRow row : table.rows()) {
                    String value = row.value(column.index());
                    if (value.isEmpty() || !CellLiterals.NUMBER.matcher(value).matches()) {
                        continue;
                    }
                    BigDecimal number = new BigDecimal(value);
                    boolean whole = number.stripTrailingZeros().scale() <= 0;
                    if (!whole || number.compareTo(BigDecimal.valueOf(range.min())) < 0 || number.compareTo(BigDecimal.valueOf(range.max())) > 0) {
                        problems.add(WorkbookProblem.error(name(), row.cells().get(column.index()), "Row " + row.id() + ": '" + column.label()
                                + "' is " + value + ", but it takes a whole number from " + range.min() + " to " + range.max() + " (" + range.why() + ")."));
                    }
                }
            }
        }
        return problems;
    }

    private static List<NumberRange> load() {
        List<NumberRange> all = new ArrayList<>();
        for (TableCatalogue catalogue : TableCatalogue.installed()) {
            all.addAll(catalogue.ranges());
        }
        return List.copyOf(all);
    }
}
