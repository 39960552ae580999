package uk.caredecisions.calendar;

import java.util.List;
import java.util.Map;
import uk.caredecisions.rulesets.TableCatalogue;
import uk.caredecisions.rulesets.WorkbookWriter.Column;

/** The approved shape of the bank-holiday calendar in {@code calendar.drl.xlsx}. */
public final class CalendarTables implements TableCatalogue {
    @Override
    public Map<String, List<Column>> tables() {
        return Map.of(WorkingDays.TABLE, List.of(Column.data("date", "Date"), Column.data("text", "Bank holiday (England and Wales)")),
                CalendarHorizon.SETTINGS_TABLE, List.of(Column.data("code", "Setting"),
                        Column.data("code", "Value (WARN: decide and warn; REFUSE: answer 422)")));
    }
}
