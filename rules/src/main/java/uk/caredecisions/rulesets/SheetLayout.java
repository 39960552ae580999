package uk.caredecisions.rulesets;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * House style for a sheet holding a table, checked so that what a practice lead sees in Excel is
 * what the service reads: no merged cells; nothing beside a table (a column after an empty
 * keyword cell is not part of the table); no hidden sheet, column or data row holding a table
 * (only the technical rows above the question row are hidden, and those must match the template);
 * and a number shows as the number it holds (a number format can make a cell show any text).
 */
final class SheetLayout {

    private SheetLayout() {}

    static void check(String workbook, Sheet sheet, boolean hiddenSheet, List<DecisionTable> tables, List<WorkbookProblem> problems) {
        if (tables.isEmpty()) {
            return;
        }
        String name = sheet.getSheetName();
        if (hiddenSheet) {
            problems.add(WorkbookProblem.error("sheet-layout", tables.get(0).ruleTableCell(), "Sheet " + name
                    + " is hidden but holds table " + tables.get(0).name() + ": unhide it (right-click the sheet tabs, Unhide) so reviewers see every rule."));
        }
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            problems.add(WorkbookProblem.error("sheet-layout", new CellRef(workbook, name, merged.getFirstRow(), merged.getFirstColumn()),
                    "Sheet " + name + ", cells " + merged.formatAsString() + " are merged; policy sheets have no merged cells:"
                            + " unmerge them and type each value in its own cell."));
        }
        for (Row row : sheet) {
            for (Cell cell : row) {
                String text = WorkbookReader.text(cell);
                if (text.isEmpty()) {
                    continue;
                }
                CellRef at = new CellRef(workbook, name, row.getRowNum(), cell.getColumnIndex());
                String where = "Sheet " + name + ", cell " + at.a1() + ": ";
                DecisionTable table = tableRow(tables, row.getRowNum());
                if (table != null && !withinColumns(table, cell.getColumnIndex())) {
                    problems.add(WorkbookProblem.error("sheet-layout", at, where + "this cell is beside table " + table.name()
                            + ", whose columns end at " + lastColumn(table) + "; a table has no gaps and nothing next to it: delete the cell or move it to the Notes sheet."));
                }
                if (sheet.isColumnHidden(cell.getColumnIndex()) || sheet.getColumnWidth(cell.getColumnIndex()) == 0) {
                    problems.add(WorkbookProblem.error("sheet-layout", at, where + "column " + CellReference.convertNumToColString(cell.getColumnIndex())
                            + " is hidden but holds '" + abbreviate(text) + "': unhide the column so reviewers see it."));
                }
                if ((row.getZeroHeight() || row.getHeight() == 0) && !technicalRow(tables, row.getRowNum())) {
                    problems.add(WorkbookProblem.error("sheet-layout", at, where + "row " + (row.getRowNum() + 1)
                            + " is hidden but holds '" + abbreviate(text) + "': only the technical rows above a table's questions may be hidden; unhide it."));
                }
                if (cell.getCellType() == CellType.NUMERIC && !text.equals(plain(cell.getNumericCellValue()))) {
                    problems.add(WorkbookProblem.error("number-format", at, where + "the cell shows '" + abbreviate(text) + "' but holds the number "
                            + plain(cell.getNumericCellValue()) + "; clear its number format (Format Cells, General) so it shows what it holds."));
                }
            }
        }
    }

    /** The table whose block (RuleTable row to last data row) includes {@code row}, if any. */
    private static DecisionTable tableRow(List<DecisionTable> tables, int row) {
        for (DecisionTable table : tables) {
            int first = table.ruleTableCell().row();
            int last = table.rows().isEmpty() ? first + 4 : table.rows().get(table.rows().size() - 1).cell().row();
            if (row >= first && row <= last) {
                return table;
            }
        }
        return null;
    }

    private static boolean withinColumns(DecisionTable table, int column) {
        int first = table.ruleTableCell().column();
        return column >= first && column < first + Math.max(1, table.columns().size());
    }

    private static String lastColumn(DecisionTable table) {
        return CellReference.convertNumToColString(table.ruleTableCell().column() + Math.max(1, table.columns().size()) - 1);
    }

    /** The RuleSet and Import rows above the first table, and each table's RuleTable, keyword, pattern and code rows. */
    private static boolean technicalRow(List<DecisionTable> tables, int row) {
        int firstTable = tables.stream().mapToInt(t -> t.ruleTableCell().row()).min().orElse(0);
        return row < firstTable || tables.stream().anyMatch(t -> row >= t.ruleTableCell().row() && row <= t.ruleTableCell().row() + 3);
    }

    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
