package uk.caredecisions.rulesets.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.caredecisions.rulesets.DecisionTable;
import uk.caredecisions.rulesets.Domain;
import uk.caredecisions.rulesets.TableRow;
import uk.caredecisions.rulesets.WorkbookProblem;

/**
 * A row that waits for a value its input can never take never fires: a wording row for a finding
 * no rule concludes (often a misspelt code). Columns with an allowed-codes list are already held
 * to it by the template check; this covers columns whose values the catalogue declares.
 */
public final class NoUnreachableRows implements TableCheck {

    @Override
    public String name() {
        return "no-unreachable-rows";
    }

    @Override
    public List<WorkbookProblem> check(DecisionTable table, TableScope scope) {
        List<WorkbookProblem> problems = new ArrayList<>();
        if (table.isData()) {
            return problems;
        }
        for (int c : Rows.conditions(table)) {
            Optional<Set<String>> domain = scope.domain(table, c);
            if (domain.isEmpty()) {
                continue;
            }
            for (TableRow row : table.rows()) {
                String value = row.value(c);
                if (!value.isEmpty() && !Domain.contains(domain.get(), value)) {
                    problems.add(WorkbookProblem.warning(name(), row.cells().get(c), "Row " + row.id() + " can never fire: '"
                            + table.columns().get(c).label() + "' is never " + value + " (nothing in the rules produces it)."
                            + " Check the spelling; known values: " + abbreviate(domain.get()) + "."));
                }
            }
        }
        return problems;
    }

    private static String abbreviate(Set<String> values) {
        List<String> list = values.stream().toList();
        return list.size() > 30 ? list.subList(0, 30) + " and " + (list.size() - 30) + " more" : list.toString();
    }
}
