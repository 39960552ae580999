package uk.caredecisions.rulesets.checks;

import java.util.ArrayList;
import java.util.List;
import uk.caredecisions.rulesets.DecisionTable;
import uk.caredecisions.rulesets.TableRow;
import uk.caredecisions.rulesets.WorkbookProblem;

/** A row with every result cell empty fires and does nothing: usually a row half filled in. */
public final class RowsHaveResults implements TableCheck {

    @Override
    public String name() {
        return "rows-have-results";
    }

    @Override
    public List<WorkbookProblem> check(DecisionTable table, TableScope scope) {
        List<WorkbookProblem> problems = new ArrayList<>();
        List<Integer> results = Rows.results(table);
        if (table.isData() || results.isEmpty()) {
            return problems;
        }
        for (TableRow row : table.rows()) {
            if (results.stream().allMatch(c -> row.value(c).isEmpty())) {
                problems.add(WorkbookProblem.error(name(), row.cells().get(results.get(0)), "Row " + row.id()
                        + " has no result: fill in '" + table.columns().get(results.get(0)).label() + "' or delete the row."));
            }
        }
        return problems;
    }
}
