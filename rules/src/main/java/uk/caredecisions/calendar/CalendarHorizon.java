package uk.caredecisions.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.caredecisions.common.Reason;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.rulesets.CellRef;
import uk.caredecisions.rulesets.DecisionTable;
import uk.caredecisions.rulesets.WorkbookProblem;

/**
 * What a decision says when a deadline it counted falls after the last year of the bank-holiday
 * table: past that year only weekends are skipped, so the date may be early by the holidays not
 * yet listed. The calendar's {@code CalendarSettings} table decides whether that is a warning on
 * the decision (first edition) or a refusal ({@link CalendarNotCoveredException}, a 422).
 */
public final class CalendarHorizon {

    public static final String WARNING = "CALENDAR_NOT_COVERED";
    public static final String SETTINGS_TABLE = "CalendarSettings";
    public static final String BEYOND_LAST_YEAR = "BEYOND_LAST_YEAR";
    public static final String REFUSE = "REFUSE";
    public static final String WARN = "WARN";

    private CalendarHorizon() {}

    /** No reason when every date is covered; else one warning naming the table and its last year, or a refusal if the table says so. */
    public static List<Reason> check(RuleSet ruleSet, Collection<LocalDate> dates) {
        WorkingDays calendar = WorkingDays.of(ruleSet);
        LocalDate latest = dates.stream().filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
        if (latest == null || calendar.covers(latest)) {
            return List.of();
        }
        DecisionTable holidays = ruleSet.table(WorkingDays.TABLE).orElseThrow();
        String source = holidays.rows().isEmpty() ? holidays.ruleTableCell().toString()
                : holidays.rows().get(holidays.rows().size() - 1).cell().toString();
        String text = "The bank-holiday table (" + holidays.workbook() + "!" + holidays.sheet() + ") lists holidays only to "
                + calendar.lastCoveredYear() + "; a deadline in " + latest.getYear() + " was counted skipping weekends only, so it may be"
                + " early by any bank holiday after " + calendar.lastCoveredYear() + ". Add the next years' bank holidays to "
                + holidays.workbook() + ".";
        if (REFUSE.equals(policy(ruleSet))) {
            throw new CalendarNotCoveredException(text);
        }
        return List.of(new Reason(WARNING, String.valueOf(calendar.lastCoveredYear()), text, null, "calendar horizon", source));
    }

    /** WARN or REFUSE, from the CalendarSettings table; WARN when the rule set has no such row. */
    public static String policy(RuleSet ruleSet) {
        return ruleSet.table(SETTINGS_TABLE).flatMap(t -> t.rows().stream()
                .filter(r -> r.value(0).equals(BEYOND_LAST_YEAR)).map(r -> r.value(1)).findFirst()).orElse(WARN);
    }

    /**
     * For {@code ./decisions validate}: a warning when less than 12 months of the calendar remain after
     * {@code today}, so the next year's bank holidays are added before any deadline can reach past them.
     */
    public static Optional<WorkbookProblem> runway(List<DecisionTable> tables, LocalDate today) {
        return tables.stream().filter(t -> t.name().equals(WorkingDays.TABLE)).findFirst().flatMap(table -> {
            int last = table.rows().stream().map(r -> r.value(0)).filter(v -> v.matches("\\d{4}-\\d{2}-\\d{2}"))
                    .mapToInt(v -> Integer.parseInt(v.substring(0, 4))).max().orElse(0);
            LocalDate coveredUntil = LocalDate.of(Math.max(last, 1), 12, 31);
            if (!coveredUntil.isBefore(today.plusMonths(12))) {
                return Optional.empty();
            }
            CellRef at = table.rows().isEmpty() ? table.ruleTableCell() : table.rows().get(table.rows().size() - 1).cell();
            return Optional.of(WorkbookProblem.warning("calendar-horizon", at, "The bank holidays run only to " + last
                    + (coveredUntil.isBefore(today) ? ", which has passed" : ", less than 12 months from " + today)
                    + ": add the next year's bank holidays, or deadlines after " + last + " will be counted skipping weekends only."));
        });
    }
}
