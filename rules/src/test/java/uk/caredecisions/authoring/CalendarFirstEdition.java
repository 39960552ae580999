package uk.caredecisions.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.caredecisions.calendar.CalendarHorizon;
import uk.caredecisions.calendar.CalendarTables;
import uk.caredecisions.calendar.WorkingDays;
import uk.caredecisions.rulesets.WorkbookWriter;
import uk.caredecisions.rulesets.WorkbookWriter.TableSheet;

/** First edition of the bank-holiday calendar (England and Wales, 2020 to 2028, from the published lists). */
final class CalendarFirstEdition {

    private CalendarFirstEdition() {}

    private static final String[][] HOLIDAYS = {
        {"2020-01-01", "New Year's Day"}, {"2020-04-10", "Good Friday"}, {"2020-04-13", "Easter Monday"},
        {"2020-05-08", "Early May bank holiday (VE Day)"}, {"2020-05-25", "Spring bank holiday"}, {"2020-08-31", "Summer bank holiday"},
        {"2020-12-25", "Christmas Day"}, {"2020-12-28", "Boxing Day (substitute day)"},
        {"2021-01-01", "New Year's Day"}, {"2021-04-02", "Good Friday"}, {"2021-04-05", "Easter Monday"},
        {"2021-05-03", "Early May bank holiday"}, {"2021-05-31", "Spring bank holiday"}, {"2021-08-30", "Summer bank holiday"},
        {"2021-12-27", "Christmas Day (substitute day)"}, {"2021-12-28", "Boxing Day (substitute day)"},
        {"2022-01-03", "New Year's Day (substitute day)"}, {"2022-04-15", "Good Friday"}, {"2022-04-18", "Easter Monday"},
        {"2022-05-02", "Early May bank holiday"}, {"2022-06-02", "Spring bank holiday"}, {"2022-06-03", "Platinum Jubilee bank holiday"},
        {"2022-08-29", "Summer bank holiday"}, {"2022-09-19", "State Funeral of Queen Elizabeth II"},
        {"2022-12-26", "Boxing Day"}, {"2022-12-27", "Christmas Day (substitute day)"},
        {"2023-01-02", "New Year's Day (substitute day)"}, {"2023-04-07", "Good Friday"}, {"2023-04-10", "Easter Monday"},
        {"2023-05-01", "Early May bank holiday"}, {"2023-05-08", "Bank holiday for the coronation of King Charles III"},
        {"2023-05-29", "Spring bank holiday"}, {"2023-08-28", "Summer bank holiday"}, {"2023-12-25", "Christmas Day"}, {"2023-12-26", "Boxing Day"},
        {"2024-01-01", "New Year's Day"}, {"2024-03-29", "Good Friday"}, {"2024-04-01", "Easter Monday"},
        {"2024-05-06", "Early May bank holiday"}, {"2024-05-27", "Spring bank holiday"}, {"2024-08-26", "Summer bank holiday"},
        {"2024-12-25", "Christmas Day"}, {"2024-12-26", "Boxing Day"},
        {"2025-01-01", "New Year's Day"}, {"2025-04-18", "Good Friday"}, {"2025-04-21", "Easter Monday"},
        {"2025-05-05", "Early May bank holiday"}, {"2025-05-26", "Spring bank holiday"}, {"2025-08-25", "Summer bank holiday"},
        {"2025-12-25", "Christmas Day"}, {"2025-12-26", "Boxing Day"},
        {"2026-01-01", "New Year's Day"}, {"2026-04-03", "Good Friday"}, {"2026-04-06", "Easter Monday"},
        {"2026-05-04", "Early May bank holiday"}, {"2026-05-25", "Spring bank holiday"}, {"2026-08-31", "Summer bank holiday"},
        {"2026-12-25", "Christmas Day"}, {"2026-12-28", "Boxing Day (substitute day)"},
        {"2027-01-01", "New Year's Day"}, {"2027-03-26", "Good Friday"}, {"2027-03-29", "Easter Monday"},
        {"2027-05-03", "Early May bank holiday"}, {"2027-05-31", "Spring bank holiday"}, {"2027-08-30", "Summer bank holiday"},
        {"2027-12-27", "Christmas Day (substitute day)"}, {"2027-12-28", "Boxing Day (substitute day)"},
        {"2028-01-03", "New Year's Day (substitute day)"}, {"2028-04-14", "Good Friday"}, {"2028-04-17", "Easter Monday"},
        {"2028-05-01", "Early May bank holiday"}, {"2028-05-29", "Spring bank holiday"}, {"2028-08-28", "Summer bank holiday"},
        {"2028-12-25", "Christmas Day"}, {"2028-12-26", "Boxing Day"},
    };

    static Map<String, byte[]> workbooks(WorkbookWriter writer) {
        List<List<Object>> rows = new ArrayList<>();
        for (String[] h : HOLIDAYS) {
            rows.add(List.of(h[0], h[1]));
        }
        return Map.of("calendar.drl.xlsx", writer.write(List.of(
                "Working-day calendar",
                "Purpose: the bank holidays of England and Wales that deadlines in working days skip (safeguarding timescales, triage targets).",
                "Owner: Business support manager. Extend each year when the government publishes the next year's bank holidays.",
                "Past the last year listed only weekends can be skipped. Sheet Settings says what the service does then: WARN (decide, with a warning naming this table and its last year) or REFUSE (answer 422).",
                "./decisions validate warns when less than 12 months of the calendar remain.",
                "Dates are written 2026-12-25 (year-month-day).",
                "Change log:",
                "2026-11-22  First edition: 2020 to 2028.",
                "2026-12-02  Settings sheet: BEYOND_LAST_YEAR = WARN."),
                List.of(new TableSheet("BankHolidays", null, List.of(), WorkingDays.TABLE,
                        new CalendarTables().tables().get(WorkingDays.TABLE), rows),
                        new TableSheet("Settings", null, List.of(), CalendarHorizon.SETTINGS_TABLE,
                                new CalendarTables().tables().get(CalendarHorizon.SETTINGS_TABLE),
                                List.of(List.of(CalendarHorizon.BEYOND_LAST_YEAR, CalendarHorizon.WARN))))));
    }
}
