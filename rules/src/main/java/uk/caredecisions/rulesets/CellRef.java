package uk.caredecisions.rulesets;

import org.apache.poi.ss.util.CellReference;

/** A cell of a workbook, written {@code workbook!Sheet!B7} so a practice lead can find it. */
public record CellRef(String workbook, String sheet, int row, int column) {

    /** Excel's own A1 name of the cell (row and column are zero-based here). */
    public String a1() {
        return new CellReference(row, column).formatAsString(false);
    }

    @Override
    public String toString() {
        return workbook + "!" + sheet + "!" + a1();
    }
}
