package uk.caredecisions.rulesets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A policy workbook as plain text, so a table change can be read (and diffed) in a pull request:
 * the notes sheets line by line, then each table, row by row, each cell with its reference and
 * the question it answers.
 */
public final class WorkbookText {

    private static final DataFormatter FORMAT = new DataFormatter(Locale.UK);

    private final WorkbookReader reader = new WorkbookReader();

    public String print(String name, byte[] content) {
        PolicyWorkbook workbook = reader.read(name, content);
        StringBuilder out = new StringBuilder("Workbook ").append(name).append('\n');
        if (workbook.problems().stream().anyMatch(p -> !p.check().equals("no-formulas"))) {
            workbook.problems().forEach(p -> out.append("  ").append(p).append('\n'));
            if (workbook.tables().isEmpty()) {
                return out.toString();
            }
        }
        notes(content, workbook, out);
        for (DecisionTable table : workbook.tables()) {
            out.append('\n').append(table(table));
        }
        return out.toString();
    }

    /** One table as text: a heading, then each row's id and its cells. */
    public static String table(DecisionTable table) {
        StringBuilder out = new StringBuilder();
        out.append("== ").append(table.sheet()).append(": ").append(table.isData() ? "data table " : "table ").append(table.name())
                .append(" (").append(table.rows().size()).append(" rows) ==\n");
        for (TableRow row : table.rows()) {
            out.append(row.id()).append("   (row ").append(row.cell().row() + 1).append(")\n");
            for (int c = 0; c < table.columns().size(); c++) {
                TableColumn column = table.columns().get(c);
                if (column.keyword().equals("NAME")) {
                    continue;
                }
                String value = row.value(c);
                out.append("  ").append(String.format("%-5s", row.cells().get(c).a1())).append(' ').append(column.label()).append(": ")
                        .append(value.isEmpty() ? kind(column) : value).append('\n');
            }
        }
        return out.toString();
    }

    private static String kind(TableColumn column) {
        return column.keyword().equals("CONDITION") ? "(any)" : "(blank)";
    }

    private static void notes(byte[] content, PolicyWorkbook workbook, StringBuilder out) {
        try (XSSFWorkbook xssf = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            for (Sheet sheet : xssf) {
                boolean tableSheet = workbook.tables().stream().anyMatch(t -> t.sheet().equals(sheet.getSheetName()));
                if (tableSheet) {
                    continue;
                }
                out.append("\n== ").append(sheet.getSheetName()).append(" ==\n");
                for (Row row : sheet) {
                    StringBuilder line = new StringBuilder();
                    row.forEach(cell -> {
                        String text = WorkbookReader.text(cell);
                        if (!text.isEmpty()) {
                            line.append(line.length() == 0 ? "" : "  |  ").append(text);
                        }
                    });
                    if (line.length() > 0) {
                        out.append(line).append('\n');
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            out.append("  (the notes could not be read)\n");
        }
    }
}
