package uk.caredecisions.service.console.rulesets;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.rulesets.DecisionTable;
import uk.caredecisions.rulesets.TableDiff;

/** What the rule-set pages show of one version and of the difference between two. */
public final class VersionViews {

    private VersionViews() {}

    /** A workbook of a version: its file, size and sha256, and the tables read from it. */
    public record Workbook(String name, int bytes, String sha256, List<DecisionTable> tables) {}

    /** The changes to one table between two versions, with where the table is. */
    public record TableChanges(String table, String workbook, String sheet, List<TableDiff.Change> changes) {}

    static List<Workbook> workbooks(RuleSet ruleSet) {
        List<Workbook> out = new ArrayList<>();
        ruleSet.source().workbooks().forEach((name, content) -> out.add(new Workbook(name, content.length, sha256(content),
                ruleSet.tables().stream().filter(t -> t.workbook().equals(name)).toList())));
        return out;
    }

    /**
     * Row by row (rows matched by their id), as the command line's {@code diff} does for one
     * workbook: here for every table of the two versions, grouped by table.
     */
    static List<TableChanges> diff(RuleSet from, RuleSet to) {
        List<TableDiff.Change> changes = new TableDiff().diff(from.tables(), to.tables());
        Map<String, DecisionTable> where = new LinkedHashMap<>();
        from.tables().forEach(t -> where.put(t.name(), t));
        to.tables().forEach(t -> where.put(t.name(), t));
        Map<String, List<TableDiff.Change>> byTable = new LinkedHashMap<>();
        changes.forEach(c -> byTable.computeIfAbsent(c.table(), k -> new ArrayList<>()).add(c));
        List<TableChanges> out = new ArrayList<>();
        byTable.forEach((table, list) -> {
            DecisionTable t = where.get(table);
            out.add(new TableChanges(table, t == null ? "" : t.workbook(), t == null ? "" : t.sheet(), List.copyOf(list)));
        });
        return out;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
