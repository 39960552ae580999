package uk.caredecisions.service.receipts;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Every hour, purges receipts decided longer ago than {@code caredecisions.receipts.retention}. */
@Component
@EnableConfigurationProperties(ReceiptsProperties.class)
class ReceiptRetention implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ReceiptRetention.class);

    private final Receipts receipts;
    private final ReceiptsProperties properties;
    private ScheduledExecutorService timer;

    ReceiptRetention(Receipts receipts, ReceiptsProperties properties) {
        this.receipts = receipts;
        this.properties = properties;
    }

    int purge() {
        int removed = receipts.purge(receipts.clock().instant().minus(properties.retention()));
        if (removed > 0) {
            LOG.info("Purged {} receipt(s) older than {} (caredecisions.receipts.retention); the chain verifies from the first kept", removed,
                    properties.retention());
        }
        return removed;
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "receipt-retention");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                purge();
            } catch (RuntimeException e) {
                LOG.warn("Receipt retention did not run: {}", e.getMessage());
            }
        }, 1, 60, TimeUnit.MINUTES);
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
