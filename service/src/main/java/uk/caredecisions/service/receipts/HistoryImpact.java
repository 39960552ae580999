package uk.caredecisions.service.receipts;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import org.springframework.stereotype.Component;
import uk.caredecisions.common.Decision;
import uk.caredecisions.common.Reason;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.service.common.NotFoundException;
import uk.caredecisions.service.rulesets.RuleSets;

/**
 * What a rule set (typically one just staged) would have changed in real history: every receipt of
 * a date range decided again under it, on its own asOf, in parallel on the machine's cores, and
 * counted by outcome pair (kept to new) with a sample of cases and both sets of reasons. Nothing
 * is recorded.
 */
@Component
public class HistoryImpact {

    /** A changed decision, for the practice lead to read: the case reference and both explanations. */
    public record Sample(String decisionId, String caseReference, LocalDate asOf, List<String> keptReasons, List<String> newReasons) {}

    /** All the decisions that move from one outcome to another. */
    public record Change(String from, String to, long count, List<Sample> sample) {}

    public record Result(String version, LocalDate from, LocalDate to, String decisionType, long decisions, long outcomeChanged, long reasonsChanged,
                  List<Change> changes, long millis) {}

    private static final int PAGE = 2000;

    /** Its own pool, one thread a core: the common pool leaves a core out, and a parallel stream runs in the pool it is started from. */
    private final ForkJoinPool cores = new ForkJoinPool(Runtime.getRuntime().availableProcessors(), pool -> {
        var thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        thread.setName("history-impact-" + thread.getPoolIndex());
        thread.setDaemon(true);
        return thread;
    }, null, false);

    private final Receipts receipts;
    private final Replay replay;
    private final RuleSets ruleSets;

    HistoryImpact(Receipts receipts, Replay replay, RuleSets ruleSets) {
        this.receipts = receipts;
        this.replay = replay;
        this.ruleSets = ruleSets;
    }

    /** How many decisions {@link #run} would decide again: the measure of its progress. */
    public long count(LocalDate from, LocalDate to, String type) {
        return receipts.countCases(type, from, to);
    }

    /**
     * Decides every receipt again under {@code version}, telling {@code progress} how many are done
     * after each page. One page is read from the database while the one before is decided on every core.
     */
    public Result run(String version, LocalDate from, LocalDate to, String type, int sampleSize, LongConsumer progress) {
        long started = System.nanoTime();
        RuleSet ruleSet = ruleSets.version(version).orElseThrow(() -> new NotFoundException("There is no rule set " + version + "; stage it first."));
        AtomicLong decisions = new AtomicLong();
        AtomicLong reasonsChanged = new AtomicLong();
        Map<String, AtomicLong> pairs = new ConcurrentHashMap<>();
        Map<String, List<Sample>> samples = new ConcurrentHashMap<>();
        AtomicReference<CompletableFuture<Void>> deciding = new AtomicReference<>(CompletableFuture.completedFuture(null));
        receipts.casePages(type, from, to, PAGE, page -> {
            await(deciding.get());
            deciding.set(CompletableFuture.runAsync(() -> {
                page.parallelStream().forEach(r -> compare(r, ruleSet, sampleSize, pairs, samples, reasonsChanged));
                progress.accept(decisions.addAndGet(page.size()));
            }, cores));
        });
        await(deciding.get());
        List<Change> changes = new ArrayList<>();
        new TreeMap<>(pairs).forEach((pair, count) -> {
            String[] ends = pair.split(" -> ");
            changes.add(new Change(ends[0], ends[1], count.get(), List.copyOf(samples.getOrDefault(pair, List.of()))));
        });
        changes.sort(Comparator.comparingLong(Change::count).reversed());
        long outcomeChanged = changes.stream().mapToLong(Change::count).sum();
        return new Result(version, from, to, type, decisions.get(), outcomeChanged, reasonsChanged.get(), changes,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    private void compare(Receipt r, RuleSet ruleSet, int sampleSize, Map<String, AtomicLong> pairs, Map<String, List<Sample>> samples,
                         AtomicLong reasonsChanged) {
        Decision<?> again = replay.decideCase(r, ruleSet, r.decidedAt());
        if (!Objects.equals(r.outcome(), again.outcome())) {
            String pair = r.outcome() + " -> " + again.outcome();
            pairs.computeIfAbsent(pair, p -> new AtomicLong()).incrementAndGet();
            List<Sample> kept = samples.computeIfAbsent(pair, p -> Collections.synchronizedList(new ArrayList<>()));
            if (kept.size() < sampleSize) {
                kept.add(sample(r, again));
            }
        } else if (!codes(replay.kept(r).path("reasons")).equals(again.reasons().stream().map(Reason::code).toList())) {
            reasonsChanged.incrementAndGet();
        }
    }

    private static void await(CompletableFuture<Void> deciding) {
        try {
            deciding.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private Sample sample(Receipt r, Decision<?> again) {
        JsonNode kept = replay.kept(r);
        List<String> now = again.reasons().stream()
                .map(n -> n.code() + ": " + n.text() + (n.source() != null ? " (" + n.source() + ")" : "")).toList();
        return new Sample(r.decisionId(), kept.path("caseReference").asText(null), r.asOf(), texts(kept.path("reasons")), now);
    }

    private static List<String> codes(JsonNode reasons) {
        List<String> out = new ArrayList<>();
        reasons.forEach(n -> out.add(n.path("code").asText()));
        return out;
    }

    private static List<String> texts(JsonNode reasons) {
        List<String> out = new ArrayList<>();
        reasons.forEach(n -> out.add(n.path("code").asText() + ": " + n.path("text").asText()
                + (n.hasNonNull("source") ? " (" + n.path("source").asText() + ")" : "")));
        return out;
    }
}
