package uk.caredecisions.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.caredecisions.BundledRuleSet;

class WorkingDaysTest {

    private final WorkingDays days = WorkingDays.of(BundledRuleSet.get());

    @Test
    void christmas2026SkipsTheWeekendAndTheBoxingDaySubstitute() {
        // Thu 24 Dec 2026 + 1 working day: Fri 25 (Christmas), Sat, Sun, Mon 28 (Boxing Day substitute) skipped.
        assertThat(days.plusWorkingDays(LocalDate.of(2026, 12, 24), 1)).isEqualTo(LocalDate.of(2026, 12, 29));
    }

    @Test
    void easter2027SkipsGoodFridayAndEasterMonday() {
        assertThat(days.plusWorkingDays(LocalDate.of(2027, 3, 25), 1)).isEqualTo(LocalDate.of(2027, 3, 30));
    }

    @Test
    void aConcernReceivedAtTheWeekendCountsFromMonday() {
        assertThat(days.plusWorkingDays(LocalDate.of(2026, 11, 21), 0)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(days.plusWorkingDays(LocalDate.of(2026, 11, 21), 5)).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void pastTheCalendarOnlyWeekendsAreSkippedAndTheDateIsMarkedUncovered() {
        // Wed 20 Dec 2028 + 20 working days: Christmas and Boxing Day 2028 skipped, then January 2029 weekdays only.
        LocalDate date = days.plusWorkingDays(LocalDate.of(2028, 12, 20), 20);
        assertThat(date).isEqualTo(LocalDate.of(2029, 1, 19));
        assertThat(days.covers(date)).isFalse();
        assertThat(days.covers(LocalDate.of(2028, 12, 31))).isTrue();
        assertThat(days.lastCoveredYear()).isEqualTo(2028);
    }

    @Test
    void validateWarnsWhenLessThanTwelveMonthsOfTheCalendarRemain() {
        var tables = BundledRuleSet.get().tables();
        assertThat(CalendarHorizon.runway(tables, LocalDate.of(2027, 12, 31))).isEmpty();
        assertThat(CalendarHorizon.runway(tables, LocalDate.of(2028, 1, 1))).hasValueSatisfying(p -> {
            assertThat(p.location()).startsWith("calendar.drl.xlsx!BankHolidays!");
            assertThat(p.message()).contains("run only to 2028").contains("less than 12 months");
        });
        assertThat(CalendarHorizon.runway(tables, LocalDate.of(2031, 6, 1))).hasValueSatisfying(p -> assertThat(p.message()).contains("has passed"));
    }

    @Test
    void workingDaysBetweenSkipsHolidays() {
        assertThat(days.workingDaysBetween(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31))).isEqualTo(3);
        assertThat(days.workingDaysBetween(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 24))).isEqualTo(-3);
    }
}
