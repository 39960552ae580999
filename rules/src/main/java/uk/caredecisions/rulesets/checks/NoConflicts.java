package uk.caredecisions.rulesets.checks;

import java.util.ArrayList;
import java.util.List;
import uk.caredecisions.rulesets.DecisionTable;
import uk.caredecisions.rulesets.HitPolicy;
import uk.caredecisions.rulesets.TableRow;
import uk.caredecisions.rulesets.WorkbookProblem;

/**
 * In a single-hit table, two rows that apply to the same case must not give different results: a
 * finding with two sentences, an outcome with two names. An error where the catalogue declares the
 * table {@link HitPolicy#UNIQUE}; only a warning where it declares nothing and uniqueness is assumed.
 */
public final class NoConflicts implements TableCheck {

    @Override
    public String name() {
        return "no-conflicts";
    }

    @Override
    public List<WorkbookProblem> check(DecisionTable table, TableScope scope) {
        List<WorkbookProblem> problems = new ArrayList<>();
        if (table.isData() || scope.hitPolicy(table) != HitPolicy.UNIQUE) {
            return problems;
        }
        boolean declared = scope.hitPolicyDeclared(table);
        List<Integer> conditions = Rows.conditions(table);
        List<Integer> results = Rows.results(table);
        List<TableRow> rows = table.rows();
        for (int j = 1; j < rows.size(); j++) {
            TableRow later = rows.get(j);
            for (int i = 0; i < j; i++) {
                TableRow earlier = rows.get(i);
                if (!Rows.overlap(earlier, later, conditions) || Rows.sameCells(earlier, later, results)) {
                    continue;
                }
                int differs = results.stream().filter(c -> !earlier.value(c).equals(later.value(c))).findFirst().orElse(results.get(0));
                String message = "Rows " + earlier.id() + " (" + earlier.cells().get(differs).a1() + ") and " + later.id()
                        + " both apply when " + Rows.describe(table, later, conditions) + ", but give different results: "
                        + Rows.quote(earlier.value(differs)) + " and " + Rows.quote(later.value(differs))
                        + ". Only one row may apply to a case in " + table.name() + ": change or remove one of them."
                        + (declared ? "" : " (The table's catalogue does not say whether several rows may apply; one is assumed.)");
                problems.add(declared ? WorkbookProblem.error(name(), later.cells().get(differs), message)
                        : WorkbookProblem.warning(name(), later.cells().get(differs), message));
                break;
            }
        }
        return problems;
    }
}
