package uk.caredecisions.scenarios;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.caredecisions.engine.DecisionType;
import uk.caredecisions.engine.DecisionTypes;
import uk.caredecisions.engine.RuleSet;

/**
 * Writes scenario workbooks a trainer fills in: a "Read me" sheet, then a sheet per decision type
 * whose first row asks each question as the tables ask it (the field's description as a comment),
 * whose second row is the column names {@link ScenarioWorkbook} reads, and whose rows are cases;
 * every coded column has a drop-down of its codes from a hidden {@code Lists} sheet. A case's
 * request goes into its field columns; anything a column cannot hold as it is stays in the
 * {@code request} JSON column, so a row read back is the same scenario.
 */
public final class ScenarioWorkbookWriter {

    /** The row of labels for people, and the row of column names below it. */
    public static final int LABEL_ROW = 0;
    public static final int HEADER_ROW = 1;

    /** Rows below the header that carry the drop-downs, for cases still to be written. */
    static final int SPARE_ROWS = 200;

    static final String LISTS_SHEET = "Lists";
    static final String READ_ME_SHEET = "Read me";

    private static final List<String> BEFORE = List.of("name", "tags", "narrative", "citations", "asOf");
    private static final List<String> AFTER = List.of("request", "outcome", "reasons", "notReasons", "warnings", "missing", "fields");
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("name", "Name: a sentence saying what the case shows"),
            Map.entry("tags", "Tags, separated by commas (module-1, reg-2)"),
            Map.entry("narrative", "The story, as you would tell it"),
            Map.entry("citations", "Citation keys, separated by commas (optional)"),
            Map.entry("asOf", "Decided on (a date; blank: 22 November 2026)"),
            Map.entry("request", "Anything else, as request JSON (optional)"),
            Map.entry("outcome", "Expected outcome (a code, like ELIGIBLE)"),
            Map.entry("reasons", "Reasons that must be given (codes, commas)"),
            Map.entry("notReasons", "Reasons that must not be given"),
            Map.entry("warnings", "Warnings that must be given"),
            Map.entry("missing", "Fields that must be listed as missing"),
            Map.entry("fields", "Other response fields, as JSON (optional)"));

    private final RuleSet ruleSet;

    public ScenarioWorkbookWriter(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    /** The columns of a decision type's sheet, in order: the scenario's, the request's fields, then the expectation's. */
    public static List<String> headers(String decision) {
        List<String> out = new ArrayList<>(BEFORE);
        RequestColumn.of(type(decision).requestType()).forEach(c -> out.add(c.path()));
        out.addAll(AFTER);
        return out;
    }

    /** A workbook with a sheet for each decision type named, each scenario a row of its decision's sheet. */
    public byte[] write(List<String> decisions, List<Scenario> scenarios) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            readMe(workbook, decisions, styles);
            Lists lists = new Lists(workbook);
            for (String decision : decisions) {
                sheet(workbook, decision, scenarios.stream().filter(s -> s.decision().equals(decision)).toList(), lists, styles);
            }
            workbook.setSheetVisibility(workbook.getSheetIndex(LISTS_SHEET), SheetVisibility.HIDDEN);
            workbook.setSheetOrder(LISTS_SHEET, workbook.getNumberOfSheets() - 1);
            workbook.setActiveSheet(decisions.isEmpty() ? 0 : 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readMe(XSSFWorkbook workbook, List<String> decisions, Styles styles) {
        XSSFSheet sheet = workbook.createSheet(READ_ME_SHEET);
        List<String> lines = List.of(
                "Scenario workbook: worked cases for teaching, one case a row, a sheet for each decision (" + String.join(", ", decisions) + ").",
                "Written from rule set " + ruleSet.version() + "; the drop-downs offer the codes its tables and the service define.",
                "Row 1 asks each question as the tables ask it (hover for the field's description); row 2 holds the column names the service reads: leave it as it is.",
                "Type facts, not JSON: yes or no as YES, NO or UNKNOWN; an outcome's limbs TRUE (or yes, ticked) or FALSE; lists of codes separated by commas; dates as dates.",
                "A blank cell is left out of the request, as a case system would leave it out. The request column may add anything else as JSON (smart quotes are fine);",
                "a field given both there and in its own column must agree. An unknown column or a cell that cannot be read is refused, naming its sheet and cell.",
                "Replace the example row on each sheet with your own cases (or keep it: it passes). Save the file as something.scenarios.xlsx in test-scenarios/,",
                "or upload it on the console's scenario library page to run its cases against a rule set. See test-scenarios/README.md.");
        for (int i = 0; i < lines.size(); i++) {
            Cell cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(lines.get(i));
            cell.setCellStyle(i == 0 ? styles.label : styles.wrap);
        }
        sheet.setColumnWidth(0, 120 * 256);
    }

    private void sheet(XSSFWorkbook workbook, String decision, List<Scenario> scenarios, Lists lists, Styles styles) {
        XSSFSheet sheet = workbook.createSheet(decision);
        RequestVocabulary vocabulary = new RequestVocabulary(ruleSet, decision);
        Map<String, RequestColumn> fields = new LinkedHashMap<>();
        RequestColumn.of(type(decision).requestType()).forEach(c -> fields.put(c.path(), c));
        List<String> headers = headers(decision);
        Row labels = sheet.createRow(LABEL_ROW);
        Row names = sheet.createRow(HEADER_ROW);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        DataValidationHelper validations = sheet.getDataValidationHelper();
        for (int c = 0; c < headers.size(); c++) {
            String header = headers.get(c);
            RequestColumn field = fields.get(header);
            Cell label = labels.createCell(c);
            label.setCellValue(field == null ? LABELS.get(header) : label(field, vocabulary));
            label.setCellStyle(styles.label);
            Cell name = names.createCell(c);
            name.setCellValue(header);
            name.setCellStyle(styles.name);
            sheet.setColumnWidth(c, width(header, field) * 256);
            if (field != null && !field.hint().isBlank()) {
                ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
                anchor.setCol1(c);
                anchor.setCol2(c + 4);
                anchor.setRow1(LABEL_ROW);
                anchor.setRow2(LABEL_ROW + 6);
                Comment comment = drawing.createCellComment(anchor);
                comment.setString(new XSSFRichTextString(field.hint()));
                label.setCellComment(comment);
            }
            List<String> codes = field == null ? List.of() : field.codes().isEmpty() ? vocabulary.listedCodes(field.field()) : field.codes();
            if (!codes.isEmpty()) {
                DataValidation validation = validations.createValidation(validations.createFormulaListConstraint(lists.range(header, codes)),
                        new CellRangeAddressList(HEADER_ROW + 1, HEADER_ROW + SPARE_ROWS, c, c));
                // A list of codes takes several, separated by commas: the drop-down offers one and warns, rather than refuses, at more.
                validation.setErrorStyle(field.kind() == RequestColumn.Kind.CODES ? DataValidation.ErrorStyle.WARNING : DataValidation.ErrorStyle.STOP);
                validation.setShowErrorBox(true);
                validation.createErrorBox("Not one of the codes", field.kind() == RequestColumn.Kind.CODES
                        ? "Choose a code from the list; for several, type them separated by commas." : "Choose one from the list, or leave it blank.");
                validation.setSuppressDropDownArrow(true);
                sheet.addValidationData(validation);
            }
        }
        labels.setHeightInPoints(60);
        int r = HEADER_ROW + 1;
        for (Scenario scenario : scenarios) {
            row(sheet.createRow(r++), scenario, headers, fields, styles);
        }
        sheet.createFreezePane(1, HEADER_ROW + 1);
    }

    private static void row(Row row, Scenario scenario, List<String> headers, Map<String, RequestColumn> fields, Styles styles) {
        ObjectNode rest = scenario.request().deepCopy();
        Map<String, Object> values = new LinkedHashMap<>();
        for (RequestColumn field : fields.values()) {
            JsonNode value = at(rest, field.path());
            String text = field.text(value);
            if (text != null) {
                values.put(field.path(), switch (field.kind()) {
                    case FLAG -> value.booleanValue();
                    case NUMBER -> value.asDouble();
                    default -> text;
                });
                remove(rest, field.path());
            }
        }
        Expectation expect = scenario.expect();
        values.put("name", scenario.name());
        values.put("tags", String.join(", ", scenario.tags()));
        values.put("narrative", scenario.narrative());
        values.put("citations", String.join(", ", scenario.citations()));
        values.put("asOf", scenario.asOf() == null ? "" : scenario.asOf().toString());
        values.put("request", rest.isEmpty() ? "" : json(rest));
        values.put("outcome", expect.outcome() == null ? "" : expect.outcome());
        values.put("reasons", String.join(", ", expect.reasons()));
        values.put("notReasons", String.join(", ", expect.notReasons()));
        values.put("warnings", String.join(", ", expect.warnings()));
        values.put("missing", String.join(", ", expect.missing()));
        values.put("fields", expect.fields() == null || expect.fields().isNull() ? "" : json(expect.fields()));
        for (int c = 0; c < headers.size(); c++) {
            Object value = values.get(headers.get(c));
            if (value instanceof Boolean b) {
                row.createCell(c).setCellValue(b);
            } else if (value instanceof Double d) {
                row.createCell(c).setCellValue(d);
            } else if (value instanceof String s && !s.isEmpty()) {
                Cell cell = row.createCell(c);
                cell.setCellValue(s.length() > SpreadsheetVersion.EXCEL2007.getMaxTextLength() ? s.substring(0, SpreadsheetVersion.EXCEL2007.getMaxTextLength()) : s);
                cell.setCellStyle(styles.wrap);
            }
        }
    }

    private static String label(RequestColumn field, RequestVocabulary vocabulary) {
        if (field.kind() == RequestColumn.Kind.FLAG) {
            String[] parts = field.path().split("\\.");
            return vocabulary.codeText(parts[1]) + ": " + RequestVocabulary.words(parts[2]).toLowerCase(java.util.Locale.ROOT);
        }
        String question = vocabulary.question(field.field());
        return switch (field.kind()) {
            case CODES -> question + " (codes, separated by commas)";
            case TRI_STATE -> question + " (YES, NO, UNKNOWN)";
            case INSTANT -> question + " (like 2026-11-20T09:15:00Z)";
            default -> question;
        };
    }

    private static int width(String header, RequestColumn field) {
        return switch (header) {
            case "name", "narrative" -> 40;
            case "request", "fields" -> 30;
            default -> Math.max(14, Math.min(30, (field != null && field.kind() == RequestColumn.Kind.FLAG ? 14 : header.length() + 2)));
        };
    }

    private static JsonNode at(JsonNode node, String path) {
        JsonNode at = node;
        for (String part : path.split("\\.")) {
            at = at == null ? null : at.get(part);
        }
        return at;
    }

    /** Removes the value at the path, and each object on the way that it leaves empty. */
    private static void remove(ObjectNode node, String path) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            node.remove(path);
            return;
        }
        String first = path.substring(0, dot);
        ObjectNode child = (ObjectNode) node.get(first);
        remove(child, path.substring(dot + 1));
        if (child.isEmpty()) {
            node.remove(first);
        }
    }

    private static String json(JsonNode node) {
        try {
            return uk.caredecisions.common.RequestReader.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DecisionType<?> type(String decision) {
        return DecisionTypes.all().byPath(decision).orElseThrow(() -> new IllegalArgumentException("No decision type " + decision));
    }

    /** The drop-downs' codes, a column a list, shared by the columns that offer the same codes. */
    private static final class Lists {
        private final XSSFSheet sheet;
        private final Map<List<String>, String> ranges = new LinkedHashMap<>();

        Lists(XSSFWorkbook workbook) {
            sheet = workbook.createSheet(LISTS_SHEET);
        }

        String range(String header, List<String> codes) {
            return ranges.computeIfAbsent(List.copyOf(codes), k -> {
                int column = ranges.size();
                cell(0, column).setCellValue(header);
                for (int i = 0; i < codes.size(); i++) {
                    cell(i + 1, column).setCellValue(codes.get(i));
                }
                String letter = CellReference.convertNumToColString(column);
                return "'" + LISTS_SHEET + "'!$" + letter + "$2:$" + letter + "$" + (codes.size() + 1);
            });
        }

        private Cell cell(int r, int c) {
            Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
            return row.createCell(c);
        }
    }

    private static final class Styles {
        final CellStyle label;
        final CellStyle name;
        final CellStyle wrap;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            label = workbook.createCellStyle();
            label.setFont(bold);
            label.setWrapText(true);
            label.setVerticalAlignment(VerticalAlignment.TOP);
            label.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Font small = workbook.createFont();
            small.setFontHeightInPoints((short) 9);
            small.setColor(IndexedColors.GREY_80_PERCENT.getIndex());
            name = workbook.createCellStyle();
            name.setFont(small);
            wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
        }
    }
}
