package uk.caredecisions.service.rulesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** A check over its time budget answers at once; its slot stays taken until the work has really ended. */
class BoundedChecksTests {

    private static BoundedChecks checks(int slots, Duration budget) {
        return new BoundedChecks(new RuleSetProperties(Path.of("unused"), Path.of("unused"), new RuleSetProperties.Watch(false, Duration.ofSeconds(5)),
                new RuleSetProperties.Limits(DataSize.ofMegabytes(2), 30, 2_000, 40, 50_000, slots, budget, Duration.ofSeconds(7)), 10));
    }

    @Test
    void aCheckPastItsBudgetIsRefusedAndKeepsItsSlotUntilItEnds() throws Exception {
        BoundedChecks checks = checks(1, Duration.ofMillis(200));
        CountDownLatch finish = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);

        long started = System.nanoTime();
        assertThatThrownBy(() -> checks.run(() -> {
            try {
                // Work that ignores interruption, as a compiler does.
                while (finish.getCount() > 0) {
                    try {
                        finish.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        // keep going
                    }
                }
                return "done";
            } finally {
                ended.countDown();
            }
        })).isInstanceOf(BoundedChecks.OverBudget.class).hasMessageContaining("time-budget");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(3_000);

        assertThatThrownBy(() -> checks.run(() -> "next")).isInstanceOfSatisfying(BoundedChecks.Busy.class,
                e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
        finish.countDown();
        assertThat(ended.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(50);
        assertThat(checks.run(() -> "next")).isEqualTo("next");
        checks.destroy();
    }

    @Test
    void aCheckWithinItsBudgetGivesItsAnswerAndItsExceptions() {
        BoundedChecks checks = checks(2, Duration.ofSeconds(5));

        assertThat(checks.run(() -> 42)).isEqualTo(42);
        assertThatThrownBy(() -> checks.run(() -> {
            throw new IllegalStateException("as thrown");
        })).isInstanceOf(IllegalStateException.class).hasMessage("as thrown");
        assertThat(checks.run(() -> "still free")).isEqualTo("still free");
        checks.destroy();
    }
}
