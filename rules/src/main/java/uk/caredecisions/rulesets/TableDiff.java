package uk.caredecisions.rulesets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The difference between two editions of a workbook, table by table and row by row (rows matched
 * by their Row id): rows added, removed and changed, each changed cell with its old and new value,
 * and any change to a table's columns.
 */
public final class TableDiff {

    /** One difference, for people: the kind, where, and what. */
    public record Change(String kind, String table, String row, String cell, String description) {
        @Override
        public String toString() {
            return String.format("%-8s %s%s%s  %s", kind, table, row == null ? "" : " " + row, cell == null ? "" : " " + cell, description);
        }
    }

    private final WorkbookReader reader = new WorkbookReader();

    public List<Change> diff(String oldName, byte[] oldContent, String newName, byte[] newContent) {
        return diff(reader.read(oldName, oldContent).tables(), reader.read(newName, newContent).tables());
    }

    public List<Change> diff(List<DecisionTable> before, List<DecisionTable> after) {
        Map<String, DecisionTable> old = byName(before);
        Map<String, DecisionTable> now = byName(after);
        Set<String> names = new LinkedHashSet<>(old.keySet());
        names.addAll(now.keySet());
        List<Change> changes = new ArrayList<>();
        for (String name : names) {
            DecisionTable a = old.get(name);
            DecisionTable b = now.get(name);
            if (a == null) {
                changes.add(new Change("ADDED", name, null, b.ruleTableCell().toString(), "new table with " + b.rows().size() + " rows"));
                b.rows().forEach(r -> changes.add(new Change("ADDED", name, r.id(), r.cell().a1(), cells(b, r))));
            } else if (b == null) {
                changes.add(new Change("REMOVED", name, null, a.ruleTableCell().toString(), "table with " + a.rows().size() + " rows removed"));
            } else {
                diffTable(a, b, changes);
            }
        }
        return changes;
    }

    private static void diffTable(DecisionTable a, DecisionTable b, List<Change> changes) {
        String name = a.name();
        int columns = Math.max(a.columns().size(), b.columns().size());
        for (int c = 0; c < columns; c++) {
            TableColumn x = c < a.columns().size() ? a.columns().get(c) : null;
            TableColumn y = c < b.columns().size() ? b.columns().get(c) : null;
            if (x == null || y == null || !x.keyword().equals(y.keyword()) || !Objects.equals(x.objectType(), y.objectType())
                    || !Objects.equals(x.snippet(), y.snippet()) || !Objects.equals(x.label(), y.label())) {
                changes.add(new Change("COLUMN", name, null, y != null ? y.keywordCell().a1() : x.keywordCell().a1(),
                        (x == null ? "(none)" : describe(x)) + " -> " + (y == null ? "(none)" : describe(y))));
            }
        }
        Map<String, TableRow> oldRows = new LinkedHashMap<>();
        a.rows().forEach(r -> oldRows.put(r.id(), r));
        Map<String, TableRow> newRows = new LinkedHashMap<>();
        b.rows().forEach(r -> newRows.put(r.id(), r));
        for (TableRow r : a.rows()) {
            if (!newRows.containsKey(r.id())) {
                changes.add(new Change("REMOVED", name, r.id(), r.cell().a1(), cells(a, r)));
            }
        }
        for (TableRow r : b.rows()) {
            TableRow before = oldRows.get(r.id());
            if (before == null) {
                changes.add(new Change("ADDED", name, r.id(), r.cell().a1(), cells(b, r)));
                continue;
            }
            for (int c = 0; c < b.columns().size(); c++) {
                String label = b.columns().get(c).label();
                int oc = a.columnIndex(label);
                String was = oc >= 0 ? before.value(oc) : "";
                String is = r.value(c);
                if (!was.equals(is)) {
                    changes.add(new Change("CHANGED", name, r.id(), r.cells().get(c).a1(),
                            label + ": '" + was + "' -> '" + is + "'"));
                }
            }
            if (before.cell().row() != r.cell().row()) {
                changes.add(new Change("MOVED", name, r.id(), r.cell().a1(), "from row " + (before.cell().row() + 1) + " to row " + (r.cell().row() + 1)));
            }
        }
    }

    private static String describe(TableColumn column) {
        return column.keyword() + " '" + column.label() + "'" + (column.snippet().isEmpty() ? "" : " [" + column.snippet() + "]");
    }

    private static String cells(DecisionTable table, TableRow row) {
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            if (!table.columns().get(c).keyword().equals("NAME")) {
                parts.add(table.columns().get(c).label() + ": '" + row.value(c) + "'");
            }
        }
        return String.join("; ", parts);
    }

    private static Map<String, DecisionTable> byName(List<DecisionTable> tables) {
        Map<String, DecisionTable> out = new LinkedHashMap<>();
        tables.forEach(t -> out.put(t.name(), t));
        return out;
    }

    /** The changes as text, one per line, with a summary line. */
    public static String toText(String oldName, String newName, List<Change> changes) {
        StringBuilder out = new StringBuilder("Changes from ").append(oldName).append(" to ").append(newName).append(": ");
        long added = changes.stream().filter(c -> c.kind().equals("ADDED") && c.row() != null).count();
        long removed = changes.stream().filter(c -> c.kind().equals("REMOVED") && c.row() != null).count();
        long changed = changes.stream().filter(c -> c.kind().equals("CHANGED")).map(c -> c.table() + c.row()).distinct().count();
        out.append(added).append(" row(s) added, ").append(removed).append(" removed, ").append(changed).append(" changed.\n");
        changes.forEach(c -> out.append(c).append('\n'));
        return out.toString();
    }
}
