package uk.caredecisions.service.receipts;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.springframework.stereotype.Component;
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

    private final Receipts receipts;
    private final Replay replay;
    private final RuleSets ruleSets;

    HistoryImpact(Receipts receipts, Replay replay, RuleSets ruleSets) {
        this.receipts = receipts;
        this.replay = replay;
        this.ruleSets = ruleSets;
    }

    public Result run(String version, LocalDate from, LocalDate to, String type, int sampleSize, LongConsumer progress) {
        long started = System.nanoTime();
        RuleSet ruleSet = ruleSets.version(version).orElseThrow(() -> new NotFoundException("There is no rule set " + version + "; stage it first."));
        AtomicLong decisions = new AtomicLong();
        AtomicLong reasonsChanged = new AtomicLong();
        Map<String, AtomicLong> pairs = new ConcurrentHashMap<>();
        Map<String, List<Sample>> samples = new ConcurrentHashMap<>();
        List<Receipt> page = new ArrayList<>(2000);
        Runnable decidePage = () -> {
            page.parallelStream().forEach(r -> {
                Replay.Result result = replay.compare(r, ruleSet);
                if (!java.util.Objects.equals(result.keptOutcome(), result.replayedOutcome())) {
                    String pair = result.keptOutcome() + " -> " + result.replayedOutcome();
                    pairs.computeIfAbsent(pair, p -> new AtomicLong()).incrementAndGet();
                    List<Sample> kept = samples.computeIfAbsent(pair, p -> java.util.Collections.synchronizedList(new ArrayList<>()));
                    if (kept.size() < sampleSize) {
                        kept.add(sample(r, result));
                    }
                } else if (!codes(replay.kept(r).path("reasons")).equals(codes(result.replayed().path("reasons")))) {
                    reasonsChanged.incrementAndGet();
                }
            });
            progress.accept(decisions.addAndGet(page.size()));
            page.clear();
        };
        receipts.forEach(type, from, to, r -> {
            if (r.decisionType().equals("WAITING_LIST")) {
                return;
            }
            page.add(r);
            if (page.size() == 2000) {
                decidePage.run();
            }
        });
        decidePage.run();
        List<Change> changes = new ArrayList<>();
        new TreeMap<>(pairs).forEach((pair, count) -> {
            String[] ends = pair.split(" -> ");
            changes.add(new Change(ends[0], ends[1], count.get(), List.copyOf(samples.getOrDefault(pair, List.of()))));
        });
        changes.sort(java.util.Comparator.comparingLong(Change::count).reversed());
        long outcomeChanged = changes.stream().mapToLong(Change::count).sum();
        return new Result(version, from, to, type, decisions.get(), outcomeChanged, reasonsChanged.get(), changes,
                java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    private Sample sample(Receipt r, Replay.Result result) {
        JsonNode kept = replay.kept(r);
        return new Sample(r.decisionId(), kept.path("caseReference").asText(null), r.asOf(), texts(kept.path("reasons")),
                texts(result.replayed().path("reasons")));
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
