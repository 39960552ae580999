package uk.caredecisions.rulesets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a policy workbook with Apache POI, once: each sheet holding a {@code RuleSet} block is a
 * rule sheet; each {@code RuleTable} block in it becomes a {@link DecisionTable}, the only thing the
 * rules are written from ({@link TableDrl}). Other sheets (notes, change log) are for people.
 *
 * <p>Reading is defensive: size and zip-bomb limits, no macros, no external links, no formulas, and
 * the house style of {@link SheetLayout} (no merged cells, nothing beside a table, nothing hidden).
 */
public final class WorkbookReader {

    public static final long MAX_WORKBOOK_BYTES = 5L * 1024 * 1024;
    static final List<String> KEYWORDS = List.of("DATA", "NAME", "CONDITION", "ACTION", "METADATA", "DESCRIPTION", "PRIORITY", "SALIENCE", "NO-LOOP");

    private static final DataFormatter FORMATTER = new DataFormatter(Locale.UK);

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(50L * 1024 * 1024);
    }

    public PolicyWorkbook read(String name, byte[] content) {
        List<WorkbookProblem> problems = new ArrayList<>();
        List<DecisionTable> tables = new ArrayList<>();
        String where = name;
        if (!name.endsWith(".drl.xlsx")) {
            problems.add(WorkbookProblem.error("workbook-name", where,
                    "A policy workbook must be named *.drl.xlsx; Drools ignores any other name without a word."));
            return new PolicyWorkbook(name, content, tables, problems);
        }
        if (content.length > MAX_WORKBOOK_BYTES) {
            problems.add(WorkbookProblem.error("workbook-size", where,
                    "The workbook is " + content.length + " bytes; the limit is " + MAX_WORKBOOK_BYTES + "."));
            return new PolicyWorkbook(name, content, tables, problems);
        }
        List<AcceptedWarning> accepted = List.of();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.isMacroEnabled()) {
                problems.add(WorkbookProblem.error("macros", where, "The workbook contains macros; save it as a plain .xlsx workbook."));
            }
            if (!workbook.getExternalLinksTable().isEmpty()) {
                problems.add(WorkbookProblem.error("external-links", where, "The workbook links to other files; copy the values in instead."));
            }
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                Sheet sheet = workbook.getSheetAt(i);
                int before = tables.size();
                readSheet(name, sheet, tables, problems);
                SheetLayout.check(name, sheet, workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i),
                        List.copyOf(tables.subList(before, tables.size())), problems);
            }
            accepted = AcceptedWarning.read(name, workbook.getSheet("Notes"));
        } catch (IOException | RuntimeException e) {
            problems.add(WorkbookProblem.error("unreadable", where,
                    "The file is not a readable Excel workbook (" + e.getClass().getSimpleName() + ")."));
        }
        return new PolicyWorkbook(name, content, List.copyOf(tables), List.copyOf(problems), List.copyOf(accepted));
    }

    private void readSheet(String workbook, Sheet sheet, List<DecisionTable> tables, List<WorkbookProblem> problems) {
        String rulePackage = null;
        List<String> imports = List.of();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.FORMULA) {
                    problems.add(WorkbookProblem.error("no-formulas", ref(workbook, sheet, cell),
                            "This cell holds a formula; policy cells must hold plain values."));
                }
            }
        }
        RuleSetBlock.check(workbook, sheet, problems);
        for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (Cell cell : row) {
                String text = text(cell);
                if (text.equals("RuleSet")) {
                    rulePackage = text(row.getCell(cell.getColumnIndex() + 1));
                } else if (text.equals("Import")) {
                    imports = Arrays.stream(text(row.getCell(cell.getColumnIndex() + 1)).split(","))
                            .map(String::trim).filter(s -> !s.isEmpty()).toList();
                } else if (text.startsWith("DataTable")) {
                    // Reference data (a holiday calendar): same layout as a RuleTable, read by the service, never compiled.
                    tables.add(readTable(workbook, sheet, r, cell.getColumnIndex(), text.substring("DataTable".length()).trim(),
                            null, List.of(), problems));
                } else if (text.startsWith("RuleTable")) {
                    if (rulePackage == null) {
                        problems.add(WorkbookProblem.error("ruleset-block", ref(workbook, sheet, cell),
                                "A RuleTable needs a RuleSet block above it on the same sheet."));
                    }
                    tables.add(readTable(workbook, sheet, r, cell.getColumnIndex(), text.substring("RuleTable".length()).trim(),
                            rulePackage, imports, problems));
                }
            }
        }
    }

    private DecisionTable readTable(String workbook, Sheet sheet, int startRow, int startCol, String name,
            String rulePackage, List<String> imports, List<WorkbookProblem> problems) {
        Row keywordRow = sheet.getRow(startRow + 1);
        List<TableColumn> columns = new ArrayList<>();
        for (int c = startCol; keywordRow != null; c++) {
            String keyword = text(keywordRow.getCell(c));
            if (keyword.isEmpty()) {
                break;
            }
            columns.add(new TableColumn(c - startCol, keyword,
                    text(cell(sheet, startRow + 2, c)),
                    text(cell(sheet, startRow + 3, c)),
                    text(cell(sheet, startRow + 4, c)),
                    new CellRef(workbook, sheet.getSheetName(), startRow + 1, c)));
        }
        for (TableColumn column : columns) {
            if (!KEYWORDS.contains(column.keyword().toUpperCase(Locale.ROOT))) {
                problems.add(WorkbookProblem.error("template", column.keywordCell(),
                        "'" + column.keyword() + "' is not a decision-table column keyword."));
            }
        }
        int nameColumn = -1;
        for (TableColumn column : columns) {
            if (column.keyword().equalsIgnoreCase("NAME")) {
                nameColumn = column.index();
            }
        }
        List<TableRow> rows = new ArrayList<>();
        for (int r = startRow + 5; r <= sheet.getLastRowNum(); r++) {
            List<String> values = new ArrayList<>();
            List<CellRef> cells = new ArrayList<>();
            boolean blank = true;
            for (TableColumn column : columns) {
                int c = startCol + column.index();
                String value = text(cell(sheet, r, c));
                blank &= value.isEmpty();
                values.add(value);
                cells.add(new CellRef(workbook, sheet.getSheetName(), r, c));
            }
            if (blank) {
                break;
            }
            String id = nameColumn >= 0 ? values.get(nameColumn) : name + "_" + (r + 1);
            rows.add(new TableRow(id, cells.get(0), List.copyOf(values), List.copyOf(cells)));
        }
        return new DecisionTable(workbook, sheet.getSheetName(), name, rulePackage, imports,
                new CellRef(workbook, sheet.getSheetName(), startRow, startCol), List.copyOf(columns), List.copyOf(rows));
    }

    private static Cell cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        return r == null ? null : r.getCell(column);
    }

    static String text(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.FORMULA) {
            return "";
        }
        return FORMATTER.formatCellValue(cell).trim();
    }

    private static CellRef ref(String workbook, Sheet sheet, Cell cell) {
        return new CellRef(workbook, sheet.getSheetName(), cell.getRowIndex(), cell.getColumnIndex());
    }
}
