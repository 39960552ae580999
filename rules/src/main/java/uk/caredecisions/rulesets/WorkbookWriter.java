package uk.caredecisions.rulesets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes policy workbooks in the house layout: a Notes sheet first (purpose, owner, law, change
 * log), then one sheet per table with the technical RuleSet and header rows grouped and hidden,
 * the plain-question label row visible and frozen, no merged cells and no formulas; last, a Lists
 * sheet holding the codes the drop-downs offer.
 *
 * <p>For a practice lead: every sheet is protected with {@link #PASSWORD} except the cells they
 * edit (a table's data cells, the rows below it for new rows, and the Notes column), so the hidden
 * technical rows can be neither unhidden nor edited; columns are as wide as their content (long
 * sentences wrap at {@link #WIDEST} characters); each sheet prints landscape, one page wide, with the
 * question row on every page; every coded column whose codes are known ({@link KnownCodes}) has a
 * drop-down. Used to write a table's first edition and by tests that need a broken copy.
 */
public final class WorkbookWriter {

    /** Unlocks a sheet's technical rows (Review, Unprotect Sheet). Not a secret: protection guards against slips, validation against the rest. */
    public static final String PASSWORD = "caredecisions";

    /** Columns wider than this wrap their text. */
    static final int WIDEST = 60;

    /** The Notes column: fits a landscape A4 page unscaled (LibreOffice printed a wider Notes column cut off, fit to width or not). */
    static final int NOTES_WIDTH = 100;

    /** Rows below a table left editable, for new rows. */
    static final int SPARE_ROWS = 200;

    /** The sheet holding the drop-down lists. */
    public static final String LISTS_SHEET = "Lists";

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

    private final KnownCodes known;

    /** A writer whose drop-downs offer each column's allowed codes and citation keys. */
    public WorkbookWriter() {
        this(KnownCodes.of(List.of()));
    }

    /** A writer whose drop-downs also offer the values other tables define (levels, presenting risks), as {@code known} reads them. */
    public WorkbookWriter(KnownCodes known) {
        this.known = known;
    }

    private record Styles(CellStyle label, CellStyle editable, CellStyle editableWrapped, CellStyle locked) {}

    public byte[] write(List<String> notes, List<TableSheet> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = styles(workbook);
            XSSFSheet notesSheet = workbook.createSheet("Notes");
            notesSheet.setDefaultColumnStyle(0, styles.editableWrapped());
            for (int i = 0; i < notes.size(); i++) {
                Row row = notesSheet.createRow(i);
                row.createCell(0).setCellValue(notes.get(i));
                row.getCell(0).setCellStyle(styles.editableWrapped());
                row.setHeightInPoints(lines(notes.get(i), perLine(NOTES_WIDTH)) * 15f);
            }
            notesSheet.setColumnWidth(0, NOTES_WIDTH * 256);
            notesSheet.getPrintSetup().setLandscape(true);
            notesSheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            notesSheet.setFitToPage(true);
            notesSheet.getPrintSetup().setFitWidth((short) 1);
            notesSheet.getPrintSetup().setFitHeight((short) 0);
            footer(notesSheet);
            protect(notesSheet);

            Lists lists = new Lists();
            for (TableSheet spec : sheets) {
                writeSheet(workbook, spec, styles, lists);
            }
            if (!lists.columns.isEmpty()) {
                lists.write(workbook.createSheet(LISTS_SHEET), styles);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Styles styles(XSSFWorkbook workbook) {
        CellStyle label = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        label.setFont(bold);
        label.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        label.setBorderBottom(BorderStyle.THIN);
        label.setWrapText(true);
        label.setVerticalAlignment(VerticalAlignment.TOP);
        label.setLocked(true);
        CellStyle editable = workbook.createCellStyle();
        editable.setLocked(false);
        editable.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle wrapped = workbook.createCellStyle();
        wrapped.cloneStyleFrom(editable);
        wrapped.setWrapText(true);
        CellStyle locked = workbook.createCellStyle();
        locked.setLocked(true);
        return new Styles(label, editable, wrapped, locked);
    }

    private void writeSheet(XSSFWorkbook workbook, TableSheet spec, Styles styles, Lists lists) {
        XSSFSheet sheet = workbook.createSheet(spec.sheet());
        boolean data = spec.rulePackage() == null;
        Row ruleSet = sheet.createRow(0);
        Row imports = sheet.createRow(1);
        if (!data) {
            locked(ruleSet, 0, "RuleSet", styles);
            locked(ruleSet, 1, spec.rulePackage(), styles);
            locked(imports, 0, "Import", styles);
            locked(imports, 1, String.join(", ", spec.imports()), styles);
        }
        sheet.createRow(2);

        locked(sheet.createRow(RULE_TABLE_ROW), 0, (data ? "DataTable " : "RuleTable ") + spec.table(), styles);
        Row keywords = sheet.createRow(RULE_TABLE_ROW + 1);
        Row objects = sheet.createRow(RULE_TABLE_ROW + 2);
        Row snippets = sheet.createRow(RULE_TABLE_ROW + 3);
        Row labels = sheet.createRow(LABEL_ROW);
        List<Column> columns = spec.columns();
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            // Every header cell must exist, blank if need be, or Drools generates invalid DRL.
            locked(keywords, c, column.keyword(), styles);
            locked(objects, c, column.objectType(), styles);
            locked(snippets, c, column.snippet(), styles);
            labels.createCell(c).setCellValue(column.label());
            labels.getCell(c).setCellStyle(styles.label());
            widths[c] = width(column, spec.rows(), c);
            sheet.setColumnWidth(c, widths[c] * 256);
            sheet.setDefaultColumnStyle(c, widths[c] >= WIDEST ? styles.editableWrapped() : styles.editable());
        }
        float labelLines = 1;
        for (int c = 0; c < columns.size(); c++) {
            labelLines = Math.max(labelLines, lines(columns.get(c).label(), perLine(widths[c])));
        }
        labels.setHeightInPoints(labelLines * 15f + 2);
        for (int r = 0; r < spec.rows().size(); r++) {
            Row row = sheet.createRow(LABEL_ROW + 1 + r);
            row.setRowStyle(styles.editable());
            List<Object> values = spec.rows().get(r);
            float rowLines = 1;
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                var cell = row.createCell(c);
                if (value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (value instanceof Boolean b) {
                    cell.setCellValue(b);
                } else {
                    cell.setCellValue(value == null ? "" : value.toString());
                }
                boolean wrap = c < widths.length && widths[c] >= WIDEST;
                cell.setCellStyle(wrap ? styles.editableWrapped() : styles.editable());
                if (wrap) {
                    rowLines = Math.max(rowLines, lines(text(value), perLine(widths[c])));
                }
            }
            if (rowLines > 1) {
                row.setHeightInPoints(rowLines * 15f);
            }
        }
        int lastEditable = LABEL_ROW + spec.rows().size() + SPARE_ROWS;
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        for (int c = 0; c < columns.size(); c++) {
            Optional<KnownCodes.Known> codes = columns.get(c).allowed().isEmpty()
                    ? known.column(spec.table(), c, columns.get(c).label())
                    : Optional.of(new KnownCodes.Known(columns.get(c).allowed(), "the codes of this column", false));
            if (codes.isEmpty() || codes.get().codes().isEmpty()) {
                continue;
            }
            KnownCodes.Known k = codes.get();
            String range = lists.range(spec.sheet() + ": " + columns.get(c).label(), k.codes());
            DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(range),
                    new CellRangeAddressList(LABEL_ROW + 1, lastEditable, c, c));
            validation.setShowErrorBox(true);
            validation.setEmptyCellAllowed(true);
            if (k.open()) {
                validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
                validation.createErrorBox("A new code?", "This is not " + k.what() + " yet. A new code needs its row there too; validation checks it.");
            } else {
                validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
                validation.createErrorBox("Not a known value", "Choose " + k.what() + " from the list.");
            }
            sheet.addValidationData(validation);
        }
        sheet.groupRow(0, LABEL_ROW - 1);
        sheet.setRowGroupCollapsed(0, true);
        sheet.createFreezePane(1, LABEL_ROW + 1);

        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(LABEL_ROW, LABEL_ROW, -1, -1));
        sheet.setPrintGridlines(true);
        footer(sheet);
        protect(sheet);
    }

    private static void locked(Row row, int column, String value, Styles styles) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.locked());
    }

    /** Wide enough for the longest value (and a label's longest word), at most {@link #WIDEST}; labels wrap. */
    static int width(Column column, List<List<Object>> rows, int c) {
        int longest = 0;
        for (List<Object> row : rows) {
            if (c < row.size()) {
                longest = Math.max(longest, text(row.get(c)).length());
            }
        }
        int labelWord = 0;
        for (String word : column.label().split(" ")) {
            labelWord = Math.max(labelWord, word.length());
        }
        int label = Math.max(labelWord, Math.min(column.label().length(), 16));
        for (String code : column.allowed()) {
            longest = Math.max(longest, code.length());
        }
        return Math.max(8, Math.min(WIDEST, Math.max(longest, label) + 2));
    }

    /** Letters that fit on one line of a column {@code width} wide: a width counts digits, and most letters are narrower. */
    static int perLine(int width) {
        return (int) ((width - 1) * 1.1);
    }

    /** About how many lines {@code text} wraps to in a column {@code width} characters wide. */
    static float lines(String text, int width) {
        if (text.isEmpty()) {
            return 1;
        }
        int lines = 0;
        int used = 0;
        for (String word : text.split(" ")) {
            if (used == 0) {
                used = word.length();
                lines++;
            } else if (used + 1 + word.length() > width) {
                used = word.length();
                lines++;
            } else {
                used += 1 + word.length();
            }
        }
        return Math.max(1, lines);
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number n) {
            return SheetLayout.plain(n.doubleValue());
        }
        return value.toString();
    }

    private static void footer(XSSFSheet sheet) {
        sheet.getHeader().setLeft("&A");
        sheet.getFooter().setLeft("&F");
        sheet.getFooter().setRight("Page &P of &N");
    }

    /** Locked cells cannot be changed or (rows) unhidden; unlocked ones can. Rows may be added and deleted, columns widened. */
    private static void protect(XSSFSheet sheet) {
        sheet.protectSheet(PASSWORD);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatCells(true);
        sheet.lockFormatRows(true);
        sheet.lockInsertRows(false);
        sheet.lockDeleteRows(false);
        sheet.lockInsertColumns(true);
        sheet.lockDeleteColumns(true);
        sheet.lockSort(true);
        sheet.lockAutoFilter(true);
    }

    /** The codes of every drop-down of a workbook, one column each (identical lists shared), on the Lists sheet. */
    private static final class Lists {
        private final Map<List<String>, Integer> index = new LinkedHashMap<>();
        private final List<String> titles = new ArrayList<>();
        private final List<List<String>> columns = new ArrayList<>();

        String range(String title, List<String> codes) {
            Integer column = index.get(codes);
            if (column == null) {
                column = columns.size();
                index.put(codes, column);
                titles.add(title);
                columns.add(codes);
            } else {
                titles.set(column, titles.get(column) + "; " + title);
            }
            String letter = CellReference.convertNumToColString(column);
            return LISTS_SHEET + "!$" + letter + "$2:$" + letter + "$" + (codes.size() + 1);
        }

        void write(XSSFSheet sheet, Styles styles) {
            int longest = columns.stream().mapToInt(List::size).max().orElse(0);
            Row header = sheet.createRow(0);
            for (int r = 0; r < longest; r++) {
                sheet.createRow(r + 1);
            }
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(titles.get(c));
                header.getCell(c).setCellStyle(styles.label());
                int width = Math.min(30, titles.get(c).length());
                for (int r = 0; r < columns.get(c).size(); r++) {
                    String code = columns.get(c).get(r);
                    var cell = sheet.getRow(r + 1).createCell(c);
                    cell.setCellStyle(styles.locked());
                    if (CellLiterals.NUMBER.matcher(code).matches()) {
                        cell.setCellValue(Double.parseDouble(code));
                    } else {
                        cell.setCellValue(code);
                    }
                    width = Math.max(width, code.length());
                }
                sheet.setColumnWidth(c, (Math.min(WIDEST, width) + 2) * 256);
            }
            header.setHeightInPoints(45f);
            sheet.createFreezePane(0, 1);
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
            footer(sheet);
            protect(sheet);
        }
    }
}
