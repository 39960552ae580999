package uk.caredecisions.rulesets.checks;

import java.util.ArrayList;
import java.util.List;
import uk.caredecisions.rulesets.DecisionTable;
import uk.caredecisions.rulesets.TableRow;
import uk.caredecisions.rulesets.WorkbookProblem;

/**
 * A row whose every case a more general row already covers with the same result never changes a
 * decision: it is shadowed. (Exact repeats are {@link NoDuplicates}'; different results are
 * {@link NoConflicts}'.)
 */
public final class NoShadowedRows implements TableCheck {

    @Override
    public String name() {
        return "no-shadowed-rows";
    }

    @Override
    public List<WorkbookProblem> check(DecisionTable table, TableScope scope) {
        List<WorkbookProblem> problems = new ArrayList<>();
        if (table.isData()) {
            return problems;
        }
        List<Integer> conditions = Rows.conditions(table);
        List<Integer> results = Rows.results(table);
        for (TableRow row : table.rows()) {
            for (TableRow other : table.rows()) {
                if (other != row && Rows.covers(other, row, conditions) && !Rows.covers(row, other, conditions)
                        && Rows.sameCells(other, row, results)) {
                    problems.add(WorkbookProblem.warning(name(), row.cell(), "Row " + row.id() + " never changes a decision: row "
                            + other.id() + " (" + other.cell().a1() + ") already applies to every case it covers ("
                            + Rows.describe(table, row, conditions) + ") with the same result."));
                    break;
                }
            }
        }
        return problems;
    }
}
