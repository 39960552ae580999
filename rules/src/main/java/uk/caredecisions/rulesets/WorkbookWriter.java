package uk.caredecisions.rulesets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes policy workbooks in the house layout: a Notes sheet first (purpose, owner, law, change
 * log), then one sheet per table with the technical RuleSet and header rows grouped and hidden,
 * the plain-question label row visible and frozen, drop-down lists on coded columns, no merged
 * cells and no formulas. Used to write a table's first edition and by tests that need a broken
 * copy; practice leads edit the result in Excel.
 */
public final class WorkbookWriter {

    /** A column: Drools keyword, fact pattern, snippet, the question a practice lead reads, and any allowed codes. */
    public record Column(String keyword, String objectType, String snippet, String label, List<String> allowed) {
        public static Column name() {
            return new Column("NAME", "", "", "Row id", List.of());
        }

        public static Column citation() {
            return new Column("METADATA", "", "citation(\"$param\")", "Citation", List.of());
        }

        public static Column condition(String objectType, String snippet, String label, List<String> allowed) {
            return new Column("CONDITION", objectType, snippet, label, allowed);
        }

        public static Column action(String snippet, String label, List<String> allowed) {
            return new Column("ACTION", "", snippet, label, allowed);
        }

        /** A reference-data column; {@code type} is date, integer, code or text. */
        public static Column data(String type, String label) {
            return new Column("DATA", "", type, label, List.of());
        }
    }

    /** One rule sheet holding one table; a null {@code rulePackage} writes a DataTable (reference data, not rules). */
    public record TableSheet(String sheet, String rulePackage, List<String> imports, String table,
            List<Column> columns, List<List<Object>> rows) {}

    public static final int RULE_TABLE_ROW = 3;
    public static final int LABEL_ROW = RULE_TABLE_ROW + 4;

    public byte[] write(List<String> notes, List<TableSheet> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle label = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            label.setFont(bold);
            label.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            label.setBorderBottom(BorderStyle.THIN);
            label.setWrapText(true);

            XSSFSheet notesSheet = workbook.createSheet("Notes");
            for (int i = 0; i < notes.size(); i++) {
                notesSheet.createRow(i).createCell(0).setCellValue(notes.get(i));
            }
            notesSheet.setColumnWidth(0, 120 * 256);

            for (TableSheet spec : sheets) {
                writeSheet(workbook, spec, label);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeSheet(XSSFWorkbook workbook, TableSheet spec, CellStyle labelStyle) {
        XSSFSheet sheet = workbook.createSheet(spec.sheet());
        boolean data = spec.rulePackage() == null;
        Row ruleSet = sheet.createRow(0);
        Row imports = sheet.createRow(1);
        if (!data) {
            ruleSet.createCell(0).setCellValue("RuleSet");
            ruleSet.createCell(1).setCellValue(spec.rulePackage());
            imports.createCell(0).setCellValue("Import");
            imports.createCell(1).setCellValue(String.join(", ", spec.imports()));
        }
        sheet.createRow(2);

        sheet.createRow(RULE_TABLE_ROW).createCell(0).setCellValue((data ? "DataTable " : "RuleTable ") + spec.table());
        Row keywords = sheet.createRow(RULE_TABLE_ROW + 1);
        Row objects = sheet.createRow(RULE_TABLE_ROW + 2);
        Row snippets = sheet.createRow(RULE_TABLE_ROW + 3);
        Row labels = sheet.createRow(LABEL_ROW);
        List<Column> columns = spec.columns();
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            // Every header cell must exist, blank if need be, or Drools generates invalid DRL.
            keywords.createCell(c).setCellValue(column.keyword());
            objects.createCell(c).setCellValue(column.objectType());
            snippets.createCell(c).setCellValue(column.snippet());
            labels.createCell(c).setCellValue(column.label());
            labels.getCell(c).setCellStyle(labelStyle);
            sheet.setColumnWidth(c, (column.keyword().equals("ACTION") && column.allowed().isEmpty() ? 60 : 24) * 256);
        }
        for (int r = 0; r < spec.rows().size(); r++) {
            Row row = sheet.createRow(LABEL_ROW + 1 + r);
            List<Object> values = spec.rows().get(r);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else if (value instanceof Boolean b) {
                    row.createCell(c).setCellValue(b);
                } else {
                    row.createCell(c).setCellValue(value == null ? "" : value.toString());
                }
            }
        }
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        for (int c = 0; c < columns.size(); c++) {
            List<String> allowed = columns.get(c).allowed();
            if (!allowed.isEmpty() && String.join(",", allowed).length() < 250) {
                var validation = helper.createValidation(helper.createExplicitListConstraint(allowed.toArray(String[]::new)),
                        new CellRangeAddressList(LABEL_ROW + 1, LABEL_ROW + 500, c, c));
                validation.setShowErrorBox(true);
                sheet.addValidationData(validation);
            }
        }
        sheet.groupRow(0, LABEL_ROW - 1);
        sheet.setRowGroupCollapsed(0, true);
        sheet.createFreezePane(1, LABEL_ROW + 1);
    }
}
