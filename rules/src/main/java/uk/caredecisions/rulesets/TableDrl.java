package uk.caredecisions.rulesets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.caredecisions.rulesets.TableTemplates.ColumnTemplate;
import uk.caredecisions.rulesets.TableTemplates.RuleHeader;

/**
 * Writes the rules of a checked decision table as DRL, from two things only: the approved template
 * in code (package, imports, keyword, pattern and snippet of each column) and the checked cell
 * values of each row. Nothing else from the workbook file reaches the compiler, whatever its
 * merges, hidden parts or technical rows. Each value goes through a typed writer: text becomes a
 * string literal escaped here, a number is parsed and printed again, a code must be one of the
 * column's allowed codes, a column without a {@code $param} is a switch (X writes the snippet).
 *
 * <p>The output follows Drools' spreadsheet compiler for these templates, so the rules behave as
 * they did when Drools read the file: one pattern per CONDITION column, an empty cell leaves its
 * pattern or action out, a METADATA column becomes {@code @citation("...")}, rows keep their order.
 */
public final class TableDrl {

    /** How a column's cell value enters its snippet. */
    enum Slot { TEXT, NUMBER, CODE, SWITCH }

    /** The rules of one table and anything that stopped a row from being written. */
    public record Rules(String drl, List<WorkbookProblem> problems) {}

    private static final Pattern PARAM = Pattern.compile("\\$param");
    private static final Pattern ENUM_PREFIX = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*\\.$");

    private final TableTemplates templates;

    public TableDrl(TableTemplates templates) {
        this.templates = templates;
    }

    public static TableDrl bundled() {
        return new TableDrl(TableTemplates.bundled());
    }

    /** The package and import lines, from the approved header. */
    public static String header(RuleHeader header) {
        StringBuilder out = new StringBuilder("package ").append(header.rulePackage()).append(";\n//generated from the checked table model\n");
        header.imports().forEach(i -> out.append("import ").append(i).append(";\n"));
        return out.toString();
    }

    public Rules rules(DecisionTable table) {
        List<WorkbookProblem> problems = new ArrayList<>();
        List<ColumnTemplate> columns = templates.columns(table.name()).orElse(null);
        if (columns == null || columns.size() != table.columns().size()) {
            problems.add(WorkbookProblem.error("template", table.ruleTableCell(), "Table " + table.name() + " does not match an approved template."));
            return new Rules("", problems);
        }
        List<Slot> slots = columns.stream().map(c -> slot(table.name(), c)).toList();
        StringBuilder out = new StringBuilder();
        for (TableRow row : table.rows()) {
            out.append(rule(table, columns, slots, row, problems));
        }
        return new Rules(out.toString(), List.copyOf(problems));
    }

    private static String rule(DecisionTable table, List<ColumnTemplate> columns, List<Slot> slots, TableRow row, List<WorkbookProblem> problems) {
        String name = null;
        List<String> metadata = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        List<String> actions = new ArrayList<>();
        int before = problems.size();
        for (int c = 0; c < columns.size(); c++) {
            ColumnTemplate column = columns.get(c);
            String value = row.value(c);
            CellRef cell = row.cells().get(c);
            if (column.keyword().equals("NAME")) {
                if (!CellLiterals.ROW_ID.matcher(value).matches()) {
                    problems.add(WorkbookProblem.error("row-id", cell, "Row id '" + abbreviate(value)
                            + "' must be capitals and digits in parts joined by hyphens, like ADULT-WORD-010."));
                }
                name = value;
                continue;
            }
            String filled = fill(table, c, column, slots.get(c), value, row, cell, problems);
            if (filled == null) {
                continue;
            }
            switch (column.keyword()) {
                case "METADATA" -> metadata.add("@" + filled);
                case "CONDITION" -> conditions.add(column.objectType() + "(" + filled + ")");
                case "ACTION" -> actions.add(filled);
                default -> throw new IllegalStateException("Column keyword " + column.keyword() + " of " + table.name() + " has no rule writer");
            }
        }
        if (name == null || problems.size() > before) {
            return "";
        }
        StringBuilder out = new StringBuilder("// rule values at ").append(row.cell().a1()).append(", header at ")
                .append(table.ruleTableCell().a1()).append('\n');
        out.append("rule \"").append(name).append("\"\n");
        metadata.forEach(m -> out.append('\t').append(m).append('\n'));
        out.append("\twhen\n");
        conditions.forEach(p -> out.append("\t\t").append(p).append('\n'));
        out.append("\tthen\n");
        actions.forEach(a -> out.append("\t\t").append(a).append('\n'));
        return out.append("end\n\n").toString();
    }

    /** The column's snippet with the cell's value written in by type, or null when the cell leaves the part out. */
    private static String fill(DecisionTable table, int c, ColumnTemplate column, Slot slot, String value, TableRow row, CellRef cell,
            List<WorkbookProblem> problems) {
        if (value.isEmpty()) {
            return null;
        }
        String snippet = column.snippet();
        String label = table.columns().get(c).label();
        return switch (slot) {
            case SWITCH -> {
                if (value.equalsIgnoreCase("x") || value.equalsIgnoreCase("true")) {
                    yield snippet;
                }
                if (!value.equalsIgnoreCase("false")) {
                    problems.add(refused(row, cell, label, value, "it takes X to switch the rule part on"));
                }
                yield null;
            }
            case TEXT -> {
                boolean citation = column.keyword().equals("METADATA") && snippet.startsWith("citation(");
                if (citation && !CellLiterals.CITATION_KEY.matcher(value).matches()) {
                    problems.add(refused(row, cell, label, value, "it takes a citation key in capitals, like CA2014-S42-2"));
                } else if (!CellLiterals.TEXT.matcher(value).matches()) {
                    problems.add(refused(row, cell, label, value, "it takes plain text without quotes, backslashes or dollar signs"));
                } else if (!column.allowed().isEmpty() && !column.allowed().contains(value)) {
                    problems.add(refused(row, cell, label, value, "it takes one of " + column.allowed()));
                } else {
                    yield snippet.replace("\"$param\"", CellLiterals.quoted(value));
                }
                yield null;
            }
            case NUMBER -> {
                if (!CellLiterals.NUMBER.matcher(value).matches()) {
                    problems.add(refused(row, cell, label, value, "it takes a number"));
                    yield null;
                }
                yield snippet.replace("$param", new BigDecimal(value).toPlainString());
            }
            case CODE -> {
                if (!CellLiterals.CODE.matcher(value).matches() || !column.allowed().isEmpty() && !column.allowed().contains(value)) {
                    problems.add(refused(row, cell, label, value, column.allowed().isEmpty()
                            ? "it takes a code in capitals" : "it takes one of " + column.allowed()));
                    yield null;
                }
                yield snippet.replace("$param", value);
            }
        };
    }

    private static WorkbookProblem refused(TableRow row, CellRef cell, String label, String value, String takes) {
        return WorkbookProblem.error("compiles", cell, "Row " + row.id() + " does not compile because of '" + label + "' = '"
                + abbreviate(value) + "', not a value this column can take: " + takes + ".");
    }

    /** Reads how an approved snippet takes its value; a template outside these forms is a programming error. */
    static Slot slot(String table, ColumnTemplate column) {
        String snippet = column.snippet();
        if (column.keyword().equals("NAME")) {
            return Slot.SWITCH;
        }
        if (snippet.matches("(?s).*\\$\\d.*") || snippet.toLowerCase(Locale.ROOT).contains("forall(")
                || !column.keyword().equals("CONDITION") && !column.objectType().isEmpty()) {
            throw new IllegalStateException("The approved template of " + table + " uses a snippet form the rule writer does not support: " + snippet);
        }
        Slot found = null;
        Matcher m = PARAM.matcher(snippet);
        while (m.find()) {
            Slot here;
            if (m.start() > 0 && snippet.charAt(m.start() - 1) == '"' && m.end() < snippet.length() && snippet.charAt(m.end()) == '"') {
                here = Slot.TEXT;
            } else if (ENUM_PREFIX.matcher(snippet.substring(0, m.start())).find()) {
                here = Slot.CODE;
            } else {
                here = Slot.NUMBER;
            }
            if (found != null && found != here) {
                throw new IllegalStateException("The approved template of " + table + " mixes value kinds in one snippet: " + snippet);
            }
            found = here;
        }
        return found == null ? Slot.SWITCH : found;
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "..." : value;
    }
}
