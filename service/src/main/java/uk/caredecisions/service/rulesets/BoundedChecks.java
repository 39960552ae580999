package uk.caredecisions.service.rulesets;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import uk.caredecisions.rulesets.WorkbookLimits;

/**
 * The work a workbook can cause is bounded: every workbook is counted against the
 * {@link WorkbookLimits} before anything is built, and validation, impact and staging run on a few
 * slots at once, each within a time budget. A caller who finds every slot taken hears 429 with
 * Retry-After; one whose check runs past its budget hears 503. A slot is freed only when its work
 * has really ended, so an abandoned check still counts against the limit.
 */
@Component
public class BoundedChecks implements DisposableBean {

    /** Every check slot is taken; try again after {@code retryAfter}. */
    public static final class Busy extends RuntimeException {
        private final Duration retryAfter;

        Busy(int slots, Duration retryAfter) {
            super("The service is already running " + slots + " rule-set check(s), as many as it allows at once "
                    + "(caredecisions.rulesets.limits.concurrent-checks); try again in " + retryAfter.toSeconds() + " s.");
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /** A check ran past its time budget. */
    public static final class OverBudget extends RuntimeException {
        private final Duration retryAfter;

        OverBudget(Duration budget, Duration retryAfter) {
            super("The check took longer than its budget of " + budget.toSeconds() + " s (caredecisions.rulesets.limits.time-budget); "
                    + "nothing was changed. Send fewer or smaller workbooks.");
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    private final WorkbookLimits limits;
    private final int slots;
    private final Semaphore free;
    private final Duration budget;
    private final Duration retryAfter;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "rule-set-check");
        t.setDaemon(true);
        return t;
    });

    public BoundedChecks(RuleSetProperties properties) {
        RuleSetProperties.Limits l = properties.limits();
        this.limits = l.workbookLimits();
        this.slots = Math.max(1, l.concurrentChecks());
        this.free = new Semaphore(slots);
        this.budget = l.timeBudget();
        this.retryAfter = l.retryAfter();
    }

    public WorkbookLimits limits() {
        return limits;
    }

    /** Counts each workbook against the limits; throws {@link WorkbookLimits.Exceeded} at the first passed. */
    public void check(Map<String, byte[]> workbooks) {
        workbooks.forEach(limits::check);
    }

    /** Runs a check on a free slot within the time budget. */
    public <T> T run(Supplier<T> work) {
        if (!free.tryAcquire()) {
            throw new Busy(slots, retryAfter);
        }
        Future<T> future;
        try {
            future = workers.submit(() -> {
                try {
                    return work.get();
                } finally {
                    free.release();
                }
            });
        } catch (RejectedExecutionException e) {
            free.release();
            throw new Busy(slots, retryAfter);
        }
        try {
            return future.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new OverBudget(budget, retryAfter);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new OverBudget(budget, retryAfter);
        }
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
