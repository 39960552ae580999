package uk.caredecisions.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.rulesets.DecisionTable;
import uk.caredecisions.rulesets.TableRow;

/**
 * Working days in England and Wales: Monday to Friday, skipping the bank holidays in the rule set's
 * {@code BankHolidays} table (calendar.drl.xlsx), which a practice lead extends each year. The
 * calendar knows how far it runs: past its last listed year it can only skip weekends, so a date
 * counted there is marked by {@link #covers(LocalDate)} and the decision says so ({@link CalendarHorizon}).
 */
public final class WorkingDays {

    public static final String TABLE = "BankHolidays";
    private static final Map<String, WorkingDays> BY_RULE_SET = new ConcurrentHashMap<>();

    private final NavigableSet<LocalDate> holidays;
    private final LocalDate coveredUntil;

    public WorkingDays(NavigableSet<LocalDate> holidays, LocalDate coveredUntil) {
        this.holidays = holidays;
        this.coveredUntil = coveredUntil;
    }

    /** The calendar of a rule set (cached by the rule set's sha256). */
    public static WorkingDays of(RuleSet ruleSet) {
        return BY_RULE_SET.computeIfAbsent(ruleSet.sha256(), sha -> {
            DecisionTable table = ruleSet.table(TABLE).orElseThrow(
                    () -> new IllegalStateException("Rule set " + ruleSet.version() + " has no " + TABLE + " table"));
            NavigableSet<LocalDate> dates = new TreeSet<>();
            for (TableRow row : table.rows()) {
                dates.add(LocalDate.parse(row.value(0)));
            }
            LocalDate until = dates.isEmpty() ? LocalDate.MIN : LocalDate.of(dates.last().getYear(), 12, 31);
            return new WorkingDays(dates, until);
        });
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /**
     * The date {@code days} working days after {@code from}; 0 gives {@code from} itself if a
     * working day, else the next working day.
     */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        LocalDate date = from;
        while (!isWorkingDay(date)) {
            date = date.plusDays(1);
        }
        for (int added = 0; added < days; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                added++;
            }
        }
        return date;
    }

    /** Working days from {@code from} (exclusive) to {@code to} (inclusive); negative when {@code to} is earlier. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** True when the table lists the bank holidays of {@code date}'s year, so a count ending there is exact. */
    public boolean covers(LocalDate date) {
        return !date.isAfter(coveredUntil);
    }

    /** The last year whose bank holidays the table lists. */
    public int lastCoveredYear() {
        return coveredUntil.getYear();
    }

    public LocalDate coveredUntil() {
        return coveredUntil;
    }
}
