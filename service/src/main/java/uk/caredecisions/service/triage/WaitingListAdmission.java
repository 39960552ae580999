package uk.caredecisions.service.triage;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.caredecisions.service.common.BusyException;

/**
 * How much waiting-list work runs at once on this replica. A list holds several times its body in
 * memory while it is decided and its receipt written (a 37 MB list of 100,000 cases peaked near
 * 250 MB of a 512 MB heap), and two such lists at once ran out of it. So the lists in progress may
 * together be at most {@code bytesInProgress} of body (a tenth of the heap unless set); one larger
 * than that runs alone. A list waits its turn, first come first served, for up to {@code wait}, then
 * is a 503 with Retry-After.
 */
@Component
class WaitingListAdmission {

    /** Permits are kilobytes of body. */
    private final int capacity;
    private final Semaphore permits;
    private final Duration wait;

    WaitingListAdmission(@Value("${caredecisions.waiting-list.bytes-in-progress:0}") long bytesInProgress,
                         @Value("${caredecisions.waiting-list.wait:120s}") Duration wait) {
        long bytes = bytesInProgress > 0 ? bytesInProgress : Runtime.getRuntime().maxMemory() / 10;
        this.capacity = (int) Math.max(1, Math.min(Integer.MAX_VALUE, bytes / 1024));
        this.permits = new Semaphore(capacity, true);
        this.wait = wait;
    }

    /** A list's turn, held until closed. */
    interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    Turn admit(long bodyBytes) {
        int needed = (int) Math.min(capacity, bodyBytes <= 0 ? 1 : (bodyBytes - 1) / 1024 + 1);
        try {
            if (!permits.tryAcquire(needed, wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new BusyException("Other waiting lists are being prioritised on this replica and there is no room for this one now; "
                        + "nothing was decided. Send it again shortly.", Duration.ofSeconds(30));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException("The service is stopping; nothing was decided. Send the list again.", Duration.ofSeconds(30));
        }
        return () -> permits.release(needed);
    }
}
