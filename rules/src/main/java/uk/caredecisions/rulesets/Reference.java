package uk.caredecisions.rulesets;

/**
 * A column whose values another table defines: a base level must be a level on the Levels sheet, a
 * presenting risk needs a name in the Names sheet. Declared by a {@link TableCatalogue}; checked by
 * the {@code known-codes} table check and offered as a drop-down by the {@link WorkbookWriter}.
 *
 * @param table the table holding the column
 * @param column the column's label (its question row)
 * @param definingTable the table whose column lists the values
 * @param definingColumn that column's label
 * @param where the defining column in a practice lead's words: "a level on the Levels sheet"
 * @param opensNewCodes true when this column is where new codes are added (a new presenting risk is a new
 *     Priorities row), so its drop-down offers the codes in use and lets another be typed
 */
public record Reference(String table, String column, String definingTable, String definingColumn, String where, boolean opensNewCodes) {

    public static Reference to(String table, String column, String definingTable, String definingColumn, String where) {
        return new Reference(table, column, definingTable, definingColumn, where, false);
    }

    /** A column where new codes are typed, each of which the defining table must also list. */
    public Reference whereNewCodesAreAdded() {
        return new Reference(table, column, definingTable, definingColumn, where, true);
    }
}
