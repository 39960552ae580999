package uk.caredecisions.service.receipts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import uk.caredecisions.service.common.NotFoundException;
import uk.caredecisions.service.common.StoreUnavailableException;
import uk.caredecisions.service.rulesets.RuleSets;

/**
 * History impacts started from the console and run in the background, so that the page can show
 * how far each has got: one at a time on this replica (each uses every core), the others waiting
 * their turn; each kept for two hours after it was last looked at.
 */
@Component
public class ImpactRuns {

    public static final String QUEUE = "historyImpactRuns";

    private static final Logger LOG = LoggerFactory.getLogger(ImpactRuns.class);

    /** A run as it stands: {@code decided} of {@code total} so far, then its result or why it could not finish. */
    public record Run(String id, String version, LocalDate from, LocalDate to, String type, long total, long decided,
                      HistoryImpact.Result result, String failure) {

        public boolean done() {
            return result != null || failure != null;
        }

        public int percent() {
            return total == 0 ? 100 : (int) Math.min(100, decided * 100 / total);
        }
    }

    private record State(String id, String version, LocalDate from, LocalDate to, String type, long total, AtomicLong decided,
                         AtomicReference<HistoryImpact.Result> result, AtomicReference<String> failure) {

        Run now() {
            return new Run(id, version, from, to, type, total, decided.get(), result.get(), failure.get());
        }
    }

    private final HistoryImpact impact;
    private final RuleSets ruleSets;
    private final Executor executor;
    private final Cache<String, State> runs = Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(2)).maximumSize(200).build();

    /** The one thread the runs take turns on. */
    @Bean(name = QUEUE, destroyMethod = "shutdownNow")
    static ExecutorService historyImpactRuns() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "history-impact-runs");
            thread.setDaemon(true);
            return thread;
        });
    }

    ImpactRuns(HistoryImpact impact, RuleSets ruleSets, @Qualifier(QUEUE) Executor executor) {
        this.impact = impact;
        this.ruleSets = ruleSets;
        this.executor = executor;
    }

    /** Starts a run (waiting its turn behind any other), counted first so that its progress has a total. */
    public Run start(String version, LocalDate from, LocalDate to, String type, int sample) {
        if (ruleSets.version(version).isEmpty()) {
            throw new NotFoundException("There is no rule set " + version + "; stage it first.");
        }
        State state = new State(UUID.randomUUID().toString(), version, from, to, type, impact.count(from, to, type), new AtomicLong(),
                new AtomicReference<>(), new AtomicReference<>());
        runs.put(state.id(), state);
        executor.execute(() -> {
            try {
                state.result().set(impact.run(version, from, to, type, sample, state.decided()::set));
            } catch (StoreUnavailableException e) {
                state.failure().set("The recorded decisions could not be read: the database cannot be reached. Try again when it is back.");
            } catch (RuntimeException e) {
                LOG.error("The history impact {} of {} failed", state.id(), version, e);
                state.failure().set("The run stopped with a fault (" + e.getClass().getSimpleName() + "); it is logged as run " + state.id() + ".");
            }
        });
        return state.now();
    }

    public Optional<Run> find(String id) {
        return Optional.ofNullable(runs.getIfPresent(id)).map(State::now);
    }
}
