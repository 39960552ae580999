package uk.caredecisions.rulesets.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.caredecisions.rulesets.Completeness;
import uk.caredecisions.rulesets.DecisionTable;
import uk.caredecisions.rulesets.TableRow;
import uk.caredecisions.rulesets.WorkbookProblem;

/**
 * A table the catalogue declares complete must have a row for every combination of its inputs:
 * every outcome code a name, every determination a next step, every finding a sentence. The
 * combinations come from each condition column's allowed codes (or the domain the catalogue
 * declares); codes built at run time (prefixes) cannot be listed and are not required.
 */
public final class NoGaps implements TableCheck {

    static final int MAX_COMBINATIONS = 20_000;
    static final int MAX_REPORTED = 25;

    @Override
    public String name() {
        return "no-gaps";
    }

    @Override
    public List<WorkbookProblem> check(DecisionTable table, TableScope scope) {
        Optional<Completeness> completeness = scope.completeness(table);
        if (completeness.isEmpty() || table.isData()) {
            return List.of();
        }
        List<Integer> inputs = new ArrayList<>();
        List<List<String>> domains = new ArrayList<>();
        long combinations = 1;
        for (int c : Rows.conditions(table)) {
            Optional<Set<String>> domain = scope.domain(table, c);
            if (domain.isEmpty()) {
                continue;
            }
            List<String> literal = domain.get().stream().filter(v -> !v.endsWith("*")).toList();
            inputs.add(c);
            domains.add(literal);
            combinations *= Math.max(1, literal.size());
        }
        List<WorkbookProblem> problems = new ArrayList<>();
        if (inputs.isEmpty()) {
            return problems;
        }
        if (combinations > MAX_COMBINATIONS) {
            problems.add(WorkbookProblem.warning(name(), table.ruleTableCell(), "Table " + table.name() + " has " + combinations
                    + " input combinations, too many to check for gaps (the limit is " + MAX_COMBINATIONS + ")."));
            return problems;
        }
        int gaps = 0;
        for (List<String> combination : product(domains)) {
            if (table.rows().stream().noneMatch(row -> covers(row, inputs, combination, table))) {
                gaps++;
                if (gaps <= MAX_REPORTED) {
                    problems.add(WorkbookProblem.error(name(), Rows.labelCell(table, inputs.get(0)),
                            "No row of " + table.name() + " covers " + describe(table, inputs, combination)
                                    + ": add a row for it. " + completeness.get().why()));
                }
            }
        }
        if (gaps > MAX_REPORTED) {
            problems.add(WorkbookProblem.error(name(), table.ruleTableCell(), "... and " + (gaps - MAX_REPORTED)
                    + " more combinations no row of " + table.name() + " covers."));
        }
        return problems;
    }

    /** A row covers a combination when each of its condition cells is empty ("any") or holds that value, and it constrains no column outside the combination. */
    private static boolean covers(TableRow row, List<Integer> inputs, List<String> combination, DecisionTable table) {
        for (int c : Rows.conditions(table)) {
            int i = inputs.indexOf(c);
            String cell = row.value(c);
            if (i < 0) {
                if (!cell.isEmpty()) {
                    return false;
                }
            } else if (!cell.isEmpty() && !cell.equals(combination.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static String describe(DecisionTable table, List<Integer> inputs, List<String> combination) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            parts.add(table.columns().get(inputs.get(i)).label() + " = " + combination.get(i));
        }
        return String.join(", ", parts);
    }

    private static List<List<String>> product(List<List<String>> domains) {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of());
        for (List<String> domain : domains) {
            if (domain.isEmpty()) {
                continue;
            }
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : out) {
                for (String value : domain) {
                    List<String> combination = new ArrayList<>(prefix);
                    combination.add(value);
                    next.add(combination);
                }
            }
            out = next;
        }
        return out;
    }
}
