package uk.caredecisions;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Edits a copy of a real workbook the way a practice lead would in Excel, for tests. */
public final class Workbooks {

    private Workbooks() {}

    /** Sets one cell ({@code "C9"}) of a sheet to a text or number, returning the edited workbook's bytes. */
    public static byte[] edit(byte[] workbook, String sheetName, String cell, Object value) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.getSheet(sheetName);
            CellReference ref = new CellReference(cell);
            Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
            Cell target = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
            if (value instanceof Number n) {
                target.setCellValue(n.doubleValue());
            } else {
                target.setCellValue(String.valueOf(value));
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends a row of values after the last row of a sheet. */
    public static byte[] appendRow(byte[] workbook, String sheetName, Object... values) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.getSheet(sheetName);
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof Number n) {
                    row.createCell(i).setCellValue(n.doubleValue());
                } else {
                    row.createCell(i).setCellValue(String.valueOf(values[i]));
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
