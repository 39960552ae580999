package uk.caredecisions.rulesets;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Copies of real workbooks edited with POI the way a practice lead edits them in Excel: for tests that need a broken one. */
public final class WorkbookEdits {

    private WorkbookEdits() {}

    /** The workbook with cell {@code a1} of {@code sheet} set to {@code value} (numbers stay numbers). */
    public static byte[] set(byte[] workbook, String sheet, String a1, Object value) {
        return edit(workbook, book -> {
            XSSFSheet s = book.getSheet(sheet);
            CellReference ref = new CellReference(a1);
            Row row = s.getRow(ref.getRow()) == null ? s.createRow(ref.getRow()) : s.getRow(ref.getRow());
            var cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (value == null) {
                cell.setBlank();
            } else {
                cell.setCellValue(value.toString());
            }
        });
    }

    /** The workbook with a new row written below the last row of {@code sheet}, from column A. */
    public static byte[] addRow(byte[] workbook, String sheet, List<Object> values) {
        return edit(workbook, book -> {
            XSSFSheet s = book.getSheet(sheet);
            Row row = s.createRow(s.getLastRowNum() + 1);
            for (int c = 0; c < values.size(); c++) {
                if (values.get(c) instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else {
                    row.createCell(c).setCellValue(String.valueOf(values.get(c)));
                }
            }
        });
    }

    /** The workbook without the last row of {@code sheet}. */
    public static byte[] removeLastRow(byte[] workbook, String sheet) {
        return edit(workbook, book -> {
            XSSFSheet s = book.getSheet(sheet);
            s.removeRow(s.getRow(s.getLastRowNum()));
        });
    }

    public static byte[] formula(byte[] workbook, String sheet, String a1, String formula) {
        return edit(workbook, book -> {
            CellReference ref = new CellReference(a1);
            book.getSheet(sheet).getRow(ref.getRow()).getCell(ref.getCol()).setCellFormula(formula);
        });
    }

    public static byte[] edit(byte[] workbook, Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
