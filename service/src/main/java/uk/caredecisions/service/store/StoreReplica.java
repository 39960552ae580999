package uk.caredecisions.service.store;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import uk.caredecisions.service.common.StoreUnavailableException;
import uk.caredecisions.service.rulesets.RuleSetPublisher;

/**
 * Keeps this replica on what the store holds: every {@code caredecisions.store.poll} it asks for
 * the number of the last change and, when it has moved, takes up what another replica staged or
 * activated. A replica whose store was down at start-up reads it here once it is back, and only
 * then decides (and reports ready). An outage is logged when it begins and when it ends.
 */
@Component
class StoreReplica implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(StoreReplica.class);

    private final RuleSetPublisher publisher;
    private final StoreProperties properties;
    private ScheduledExecutorService poller;
    private volatile boolean unreachable;

    StoreReplica(RuleSetPublisher publisher, StoreProperties properties) {
        this.publisher = publisher;
        this.properties = properties;
    }

    void poll() {
        try {
            publisher.refresh();
            if (unreachable) {
                unreachable = false;
                LOG.info("The rule-set store is reachable again; publishing works again");
            }
        } catch (StoreUnavailableException e) {
            if (!unreachable) {
                unreachable = true;
                LOG.warn("The rule-set store cannot be reached; decisions go on under the rule sets loaded, publishing is refused: {}", e.getMessage());
            }
        } catch (RuntimeException e) {
            LOG.error("Taking up changes from the rule-set store failed: {}", e.getMessage(), e);
        }
    }

    @Override
    public synchronized void start() {
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rule-set-store-poll");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(50, properties.poll().toMillis());
        poller.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return poller != null;
    }
}
