package uk.caredecisions.rulesets.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.caredecisions.common.CitationRegistry;
import uk.caredecisions.rulesets.DecisionTable;
import uk.caredecisions.rulesets.KnownCodes;
import uk.caredecisions.rulesets.Reference;
import uk.caredecisions.rulesets.TableColumn;
import uk.caredecisions.rulesets.TableRow;
import uk.caredecisions.rulesets.WorkbookProblem;

/**
 * A value another part of the rule set must know: a citation key of the registry, and every value
 * of a column that refers to another table ({@link Reference}): a base level of 9 when the Levels
 * sheet stops at 4, a presenting risk {@code RECENT_FALLS} the Names sheet does not name. Either
 * would compile and silently decide differently, so each is an error at its cell.
 */
public final class KnownCodesCheck implements TableCheck {

    @Override
    public String name() {
        return "known-codes";
    }

    @Override
    public List<WorkbookProblem> check(DecisionTable table, TableScope scope) {
        List<WorkbookProblem> problems = new ArrayList<>();
        KnownCodes known = KnownCodes.of(scope.tables());
        for (TableColumn column : table.columns()) {
            if (column.keyword().equals("METADATA") && column.snippet().startsWith("citation(")) {
                for (TableRow row : table.rows()) {
                    String key = row.value(column.index());
                    if (!key.isEmpty() && CitationRegistry.bundled().find(key).isEmpty()) {
                        problems.add(WorkbookProblem.error(name(), row.cells().get(column.index()), "Row " + row.id() + " cites '" + key
                                + "', which is not a key of the citation registry: choose one from the drop-down, or ask a developer to add the citation."
                                + suggestion(key, CitationRegistry.bundled().all().keySet())));
                    }
                }
            }
            for (Reference reference : known.references(table.name())) {
                if (!reference.column().equalsIgnoreCase(column.label())) {
                    continue;
                }
                Optional<List<String>> defined = known.values(reference.definingTable(), reference.definingColumn());
                if (defined.isEmpty()) {
                    continue; // the defining table is not part of this set: nothing to check against
                }
                for (TableRow row : table.rows()) {
                    String value = row.value(column.index());
                    if (!value.isEmpty() && !defined.get().contains(KnownCodes.normal(value))) {
                        problems.add(WorkbookProblem.error(name(), row.cells().get(column.index()), "Row " + row.id() + ": '" + column.label()
                                + "' is " + value + ", which is not " + reference.where() + " (known: " + abbreviate(defined.get()) + ")."
                                + (reference.opensNewCodes()
                                        ? " A new code needs its row there too."
                                        : " Choose one from the drop-down, or add it there first.")
                                + suggestion(value, defined.get())));
                    }
                }
            }
        }
        return problems;
    }

    /** " Did you mean X?" for a close spelling (at most two letters apart), else nothing. */
    private static String suggestion(String value, java.util.Collection<String> known) {
        return known.stream().filter(k -> !k.equals(value) && distance(k, value) <= 2).findFirst()
                .map(k -> " Did you mean " + k + "?").orElse("");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            previous = current;
        }
        return previous[b.length()];
    }

    private static String abbreviate(List<String> values) {
        return values.size() > 20 ? String.join(", ", values.subList(0, 20)) + " and " + (values.size() - 20) + " more" : String.join(", ", values);
    }
}
