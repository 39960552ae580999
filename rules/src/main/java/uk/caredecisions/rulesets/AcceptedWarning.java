package uk.caredecisions.rulesets;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * A warning a practice lead has looked at and keeps on purpose, written on the Notes sheet as
 * {@code Accepted warning: PRIORITY-120 [no-shadowed-rows] the reason}. Validation then reports it
 * as accepted, with its reason, instead of as a warning, so the warnings that remain are news.
 */
public record AcceptedWarning(String rowId, String check, String reason, CellRef note) {

    static final Pattern LINE = Pattern.compile("Accepted warning:\\s*(\\S+)\\s+\\[([a-z-]+)]\\s*(.+)");

    /** The accepted warnings written in column A of {@code notes}; none when the sheet is absent. */
    static List<AcceptedWarning> read(String workbook, Sheet notes) {
        List<AcceptedWarning> accepted = new ArrayList<>();
        if (notes == null) {
            return accepted;
        }
        for (Row row : notes) {
            Matcher m = LINE.matcher(WorkbookReader.text(row.getCell(0)));
            if (m.matches()) {
                accepted.add(new AcceptedWarning(m.group(1), m.group(2), m.group(3).trim(),
                        new CellRef(workbook, notes.getSheetName(), row.getRowNum(), 0)));
            }
        }
        return accepted;
    }
}
