package uk.caredecisions.service.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import uk.caredecisions.service.common.BusyException;

/** Two lists of 100,000 cases at once ran out of a 512 MB heap: lists in progress share a bounded room. */
class WaitingListAdmissionTests {

    private static final long KB = 1024;

    @Test
    void aListThatDoesNotFitWaitsItsTurnAndIsRefusedWithRetryAfterWhenTheTurnDoesNotCome() {
        WaitingListAdmission admission = new WaitingListAdmission(100 * KB, Duration.ofMillis(200));
        try (WaitingListAdmission.Turn first = admission.admit(80 * KB)) {
            assertThatThrownBy(() -> admission.admit(30 * KB))
                    .isInstanceOf(BusyException.class)
                    .satisfies(e -> assertThat(((BusyException) e).retryAfter()).isPositive());
            // Room left for a small one beside it.
            admission.admit(20 * KB).close();
        }
        admission.admit(30 * KB).close();
    }

    @Test
    void aListLargerThanTheRoomRunsAloneAndTheNextWaitsForItThenRuns() throws Exception {
        WaitingListAdmission admission = new WaitingListAdmission(100 * KB, Duration.ofSeconds(30));
        WaitingListAdmission.Turn big = admission.admit(64 * 1024 * KB);
        CompletableFuture<Void> next = CompletableFuture.runAsync(() -> admission.admit(KB).close());
        Thread.sleep(200);
        assertThat(next).isNotDone();
        big.close();
        next.get(10, TimeUnit.SECONDS);
        assertThat(next).isCompleted();
    }
}
