package uk.caredecisions.service.receipts;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import uk.caredecisions.service.decisions.DecisionListener;
import uk.caredecisions.service.decisions.DecisionRecorded;

/**
 * Writes a receipt of every decision without slowing the decision path: the request thread only
 * queues the (immutable) decision; one writer thread serialises and writes them in batches, one
 * transaction each. A batch the database refuses is kept and tried again, and a clean shutdown
 * writes everything queued before the database goes. Only a full queue loses receipts, each one
 * counted ({@code receipts_lost_total}) and logged by decision id.
 */
@Component
public class ReceiptWriter implements DecisionListener, SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ReceiptWriter.class);

    private final Receipts receipts;
    private final ReceiptsProperties properties;
    private final ObjectMapper json;
    private final BlockingQueue<DecisionRecorded> queue;
    private final Counter written;
    private final Counter lost;
    private final DistributionSummary batches;
    private volatile boolean running;
    private volatile boolean stopping;
    private Thread thread;

    ReceiptWriter(Receipts receipts, ReceiptsProperties properties, ObjectMapper json, MeterRegistry meters) {
        this.receipts = receipts;
        this.properties = properties;
        this.json = json;
        this.queue = new ArrayBlockingQueue<>(Math.max(1, properties.queue()));
        this.written = Counter.builder("receipts.written").description("Decision receipts written to the database").register(meters);
        this.lost = Counter.builder("receipts.lost").description("Decision receipts lost because the queue was full (the database too slow or down too long)")
                .register(meters);
        this.batches = DistributionSummary.builder("receipts.batch.size").description("Decision receipts written in one transaction")
                .register(meters);
        Gauge.builder("receipts.queued", queue, BlockingQueue::size).description("Decision receipts waiting to be written").register(meters);
    }

    @Override
    public void decided(DecisionRecorded decision) {
        if (!properties.enabled()) {
            return;
        }
        if (!queue.offer(decision)) {
            lost.increment();
            LOG.error("Receipt of decision {} lost: {} receipts are already waiting to be written", decision.decisionId(), properties.queue());
        }
    }

    /** Waits until every receipt queued so far is written (tests and the reports page use it), at most {@code millis}. */
    public boolean flush(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (System.nanoTime() < deadline) {
            if (queue.isEmpty() && !busy) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    private volatile boolean busy;

    private void run() {
        List<DecisionRecorded> batch = new ArrayList<>();
        while (true) {
            try {
                if (batch.isEmpty()) {
                    DecisionRecorded first = queue.poll(100, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        if (stopping) {
                            return;
                        }
                        continue;
                    }
                    busy = true;
                    batch.add(first);
                    gather(batch);
                }
                receipts.append(batch.stream().map(this::receipt).toList());
                written.increment(batch.size());
                batches.record(batch.size());
                batch.clear();
                busy = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("{} receipt(s) not written yet, trying again in a second: {}", batch.size(), e.getMessage());
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    /** Adds what is queued to the batch, waiting up to the linger for more until it is full; not at all when stopping. */
    private void gather(List<DecisionRecorded> batch) throws InterruptedException {
        int most = Math.max(1, properties.batch());
        long until = System.nanoTime() + properties.linger().toNanos();
        while (batch.size() < most) {
            queue.drainTo(batch, most - batch.size());
            long left = until - System.nanoTime();
            if (batch.size() >= most || left <= 0 || stopping) {
                return;
            }
            DecisionRecorded next = queue.poll(left, TimeUnit.NANOSECONDS);
            if (next == null) {
                return;
            }
            batch.add(next);
        }
    }

    private Receipt receipt(DecisionRecorded d) {
        try {
            JsonText request = d.requestJson() != null ? compact(d.requestJson()) : new JsonText(json.writeValueAsBytes(d.request()));
            return new Receipt(0, d.decisionId(), d.decisionType(), d.decidedAt(), d.asOf(), d.ruleSet().version(), d.ruleSet().sha256(), d.client(),
                    d.outcome(), kept(request), kept(new JsonText(d.responseJson())), null, null);
        } catch (IOException e) {
            throw new IllegalStateException("A decision could not be written as JSON", e);
        }
    }

    /**
     * A body read as a stream, written again as compact UTF-8, token by token: it was read whole
     * to be decided, but may have come in another encoding or with text after its end, which the
     * database's jsonb (the reports) would refuse.
     */
    private JsonText compact(byte[] received) throws IOException {
        var out = new java.io.ByteArrayOutputStream(received.length);
        try (var parser = json.createParser(received); var generator = json.createGenerator(out)) {
            parser.nextToken();
            generator.copyCurrentStructure(parser);
        }
        return new JsonText(out.toByteArray());
    }

    /** The JSON as written, unless it holds a NUL (written by Jackson as the escape below): then from a tree with it replaced. */
    private JsonText kept(JsonText written) throws IOException {
        return written.holdsNul() ? new JsonText(json.writeValueAsBytes(withoutNul(json.readTree(written.utf8())))) : written;
    }

    /**
     * PostgreSQL's jsonb, which the reports read, cannot hold the NUL character: a NUL in a free-text
     * field (a case reference, say) is kept as U+FFFD in both the request and the answer, so the
     * receipt still replays identically and is still counted.
     */
    static com.fasterxml.jackson.databind.JsonNode withoutNul(com.fasterxml.jackson.databind.JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            String text = node.textValue();
            return text.indexOf('\u0000') < 0 ? node : com.fasterxml.jackson.databind.node.TextNode.valueOf(text.replace('\u0000', '\uFFFD'));
        }
        if (node.isObject()) {
            com.fasterxml.jackson.databind.node.ObjectNode copy = null;
            var fields = node.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                var clean = withoutNul(field.getValue());
                String name = field.getKey().replace('\u0000', '\uFFFD');
                if (clean != field.getValue() || !name.equals(field.getKey())) {
                    if (copy == null) {
                        copy = ((com.fasterxml.jackson.databind.node.ObjectNode) node).deepCopy();
                    }
                    copy.remove(field.getKey());
                    copy.set(name, clean);
                }
            }
            return copy == null ? node : copy;
        }
        if (node.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode copy = null;
            for (int i = 0; i < node.size(); i++) {
                var clean = withoutNul(node.get(i));
                if (clean != node.get(i)) {
                    if (copy == null) {
                        copy = ((com.fasterxml.jackson.databind.node.ArrayNode) node).deepCopy();
                    }
                    copy.set(i, clean);
                }
            }
            return copy == null ? node : copy;
        }
        return node;
    }

    @Override
    public synchronized void start() {
        stopping = false;
        thread = new Thread(this::run, "receipt-writer");
        thread.setDaemon(true);
        thread.start();
        running = true;
    }

    /** Writes what is queued before the database goes (clean shutdown), for up to 30 seconds. */
    @Override
    public synchronized void stop() {
        stopping = true;
        try {
            thread.join(30_000);
            if (thread.isAlive()) {
                LOG.error("{} receipt(s) could not be written before shutdown", queue.size());
                thread.interrupt();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server (which stops accepting decisions first) and before the data source closes. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
