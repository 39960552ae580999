package uk.caredecisions.rulesets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The block above a rule sheet's tables is code too: Drools pastes the RuleSet cell into
 * {@code package ...;} and each Import into {@code import ...;}, and reads Functions, Variables,
 * Queries, Declare, EscapeQuotes and rule attributes (Salience, Date-effective...) as DRL. An Import
 * cell holding {@code x; rule "r" when then ... end} compiles into a rule that runs on every
 * decision. So, before any compiler sees the sheet: the package and each import must be plain
 * names, only the RuleSet and Import rows may sit above the first table, and no other Drools
 * sheet keyword may appear anywhere on the sheet.
 */
final class RuleSetBlock {

    private static final Pattern PACKAGE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");
    private static final Pattern IMPORT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*(\\.\\*)?");
    /** Sheet-level keywords Drools reads as code or settings; column keywords (NAME, CONDITION...) belong to the template check. */
    private static final Set<String> FORBIDDEN = Set.of("variables", "functions", "queries", "declare", "sequential", "escapequotes",
            "numericdisabled", "unit", "duration", "timer", "enabled", "calendars", "lock-on-active", "auto-focus", "activation-group",
            "agenda-group", "ruleflow-group", "date-effective", "date-expires", "dialect", "salience", "no-loop", "priority");

    private RuleSetBlock() {}

    static void check(String workbook, Sheet sheet, List<WorkbookProblem> problems) {
        int ruleSetRow = -1;
        int firstTableRow = Integer.MAX_VALUE;
        List<int[]> tables = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                String text = WorkbookReader.text(cell);
                if (text.equalsIgnoreCase("RuleSet") && ruleSetRow < 0) {
                    ruleSetRow = row.getRowNum();
                }
                if (text.startsWith("RuleTable") || text.startsWith("DataTable")) {
                    firstTableRow = Math.min(firstTableRow, row.getRowNum());
                    tables.add(block(sheet, row.getRowNum(), cell.getColumnIndex()));
                }
            }
        }
        if (ruleSetRow < 0) {
            return;
        }
        for (Row row : sheet) {
            boolean header = row.getRowNum() >= ruleSetRow && row.getRowNum() < firstTableRow;
            String keyword = null;
            int cells = 0;
            for (Cell cell : row) {
                String text = WorkbookReader.text(cell);
                if (text.isEmpty() || inTable(tables, row.getRowNum(), cell.getColumnIndex())) {
                    continue;
                }
                CellRef at = new CellRef(workbook, sheet.getSheetName(), row.getRowNum(), cell.getColumnIndex());
                String lower = text.toLowerCase(Locale.ROOT);
                cells++;
                if (keyword != null && cells == 2) {
                    checkValue(keyword, text, at, problems);
                } else if (text.equals("RuleSet") || text.equals("Import")) {
                    keyword = lower;
                    cells = 1;
                } else if (FORBIDDEN.contains(lower) || lower.equals("ruleset") || lower.equals("import")
                        || lower.startsWith("ruletable") || lower.startsWith("datatable")) {
                    // Drools reads these keywords in any letter case; only the exact forms above are checked, so other spellings are refused.
                    problems.add(WorkbookProblem.error("ruleset-block", at, "'" + abbreviate(text) + "' is a Drools keyword read as code or a setting;"
                            + " it is not allowed here in a policy workbook (write RuleSet, Import, RuleTable exactly so, or delete this cell)."));
                } else if (header) {
                    problems.add(WorkbookProblem.error("ruleset-block", at, "Only the RuleSet and Import rows may sit above the table;"
                            + " Drools would read this cell as part of the rule set. Move notes to the Notes sheet."));
                }
            }
        }
    }

    /** A table's cells: {first row, last row (exclusive), first column, last column (exclusive)}; checked by the template and the literal checks. */
    private static int[] block(Sheet sheet, int startRow, int startCol) {
        Row keywords = sheet.getRow(startRow + 1);
        int width = 0;
        while (keywords != null && !WorkbookReader.text(keywords.getCell(startCol + width)).isEmpty()) {
            width++;
        }
        int end = startRow + 5;
        while (end <= sheet.getLastRowNum() && !blank(sheet.getRow(end), startCol, startCol + width)) {
            end++;
        }
        return new int[] {startRow, end, startCol, startCol + Math.max(width, 1)};
    }

    private static boolean blank(Row row, int from, int to) {
        if (row == null) {
            return true;
        }
        for (int c = from; c < to; c++) {
            if (!WorkbookReader.text(row.getCell(c)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static boolean inTable(List<int[]> tables, int row, int column) {
        return tables.stream().anyMatch(t -> row >= t[0] && row < t[1] && column >= t[2] && column < t[3]);
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    private static void checkValue(String keyword, String value, CellRef at, List<WorkbookProblem> problems) {
        if (keyword.equals("ruleset") && !PACKAGE.matcher(value).matches()) {
            problems.add(WorkbookProblem.error("ruleset-block", at, "The RuleSet cell must name a package, like uk.caredecisions.eligibility.adult."));
        } else if (keyword.equals("import")) {
            for (String name : value.split(",")) {
                if (!IMPORT.matcher(name.trim()).matches()) {
                    problems.add(WorkbookProblem.error("ruleset-block", at, "Each import must be a class name like uk.caredecisions.common.Finding,"
                            + " separated by commas; '" + (name.trim().length() > 40 ? name.trim().substring(0, 40) + "..." : name.trim()) + "' is not."));
                }
            }
        }
    }
}
