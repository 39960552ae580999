package uk.caredecisions.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void countingPastTheCalendarIsRefusedNotGuessed() {
        assertThatThrownBy(() -> days.plusWorkingDays(LocalDate.of(2028, 12, 20), 20))
                .hasMessageContaining("calendar runs only to 2028-12-31");
    }

    @Test
    void workingDaysBetweenSkipsHolidays() {
        assertThat(days.workingDaysBetween(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31))).isEqualTo(3);
        assertThat(days.workingDaysBetween(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 24))).isEqualTo(-3);
    }
}
