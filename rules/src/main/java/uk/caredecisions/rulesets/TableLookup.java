package uk.caredecisions.rulesets;

import java.util.function.Function;

/**
 * How the rows of a table that only names things (labels, sentences) are looked up instead of
 * fired: each row's rule matches one fact type on one key cell and inserts a fact built from the
 * matched fact and the row's cells, nothing else. The rule set reads such a table once when it is
 * built; a decision then looks each of its facts up by key, and gets what the rows' rules would
 * have inserted and the rows that would have fired.
 *
 * <p>A catalogue declares a lookup only for a table whose approved template is exactly that shape,
 * so that the lookup and the rule it replaces cannot disagree; the rows are still compiled when the
 * rule set is built, so a bad cell fails the build as before.
 */
public interface TableLookup {

    /** The key a fact looks this table up by, or null when no row of the table could match the fact. */
    String keyOf(Object fact);

    /** The key a row answers to: the value of its one condition cell (empty: the row has no condition). */
    String keyOf(DecisionTable table, TableRow row);

    /** The fact the row's rule inserts when it matches {@code matched}, or null when its action cell is empty. */
    Object fact(DecisionTable table, TableRow row, Object matched);

    /**
     * A table of column {@code keyColumn} matched against {@code key} of a fact of {@code type}, whose
     * one action, from column {@code valueColumn}, inserts {@code make.of(matched, cell value, row id)}.
     */
    static <T> TableLookup of(Class<T> type, Function<T, String> key, int keyColumn, int valueColumn, Maker<T> make) {
        return new TableLookup() {
            @Override
            public String keyOf(Object fact) {
                return type.isInstance(fact) ? key.apply(type.cast(fact)) : null;
            }

            @Override
            public String keyOf(DecisionTable table, TableRow row) {
                return row.value(keyColumn);
            }

            @Override
            public Object fact(DecisionTable table, TableRow row, Object matched) {
                String value = row.value(valueColumn);
                return value.isEmpty() ? null : make.of(type.cast(matched), value, row.id());
            }
        };
    }

    /** Builds the fact a row inserts. */
    @FunctionalInterface
    interface Maker<T> {
        Object of(T matched, String value, String rowId);
    }
}
