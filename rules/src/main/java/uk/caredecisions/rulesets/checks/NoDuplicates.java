package uk.caredecisions.rulesets.checks;

import java.util.ArrayList;
import java.util.List;
import uk.caredecisions.rulesets.DecisionTable;
import uk.caredecisions.rulesets.TableRow;
import uk.caredecisions.rulesets.WorkbookProblem;

/** Two rows with the same conditions and the same result: the second adds nothing, or adds its result twice. */
public final class NoDuplicates implements TableCheck {

    @Override
    public String name() {
        return "no-duplicates";
    }

    @Override
    public List<WorkbookProblem> check(DecisionTable table, TableScope scope) {
        List<WorkbookProblem> problems = new ArrayList<>();
        List<Integer> compared = new ArrayList<>(Rows.conditions(table));
        compared.addAll(Rows.results(table));
        if (table.isData()) {
            compared = java.util.stream.IntStream.range(0, table.columns().size()).boxed().toList();
        }
        List<TableRow> rows = table.rows();
        for (int j = 1; j < rows.size(); j++) {
            for (int i = 0; i < j; i++) {
                if (Rows.sameCells(rows.get(i), rows.get(j), compared)) {
                    problems.add(WorkbookProblem.error(name(), rows.get(j).cell(), "Row " + rows.get(j).id() + " repeats row "
                            + rows.get(i).id() + " (" + rows.get(i).cell().a1() + "): the same conditions and the same result. Remove one of them."));
                    break;
                }
            }
        }
        return problems;
    }
}
