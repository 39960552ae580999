package uk.caredecisions.service.decisions;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import uk.caredecisions.common.Decision;
import uk.caredecisions.engine.DecisionType;
import uk.caredecisions.engine.DecisionTypes;
import uk.caredecisions.engine.Evaluation;
import uk.caredecisions.service.common.NotFoundException;
import uk.caredecisions.service.rulesets.RuleSetInfo;
import uk.caredecisions.service.rulesets.RuleSets;

/**
 * Decides a JSON request of a named type under the rule set in force on its {@code asOf}, and
 * counts it: decisions by type, outcome and rule-set version; latency; table-row hits.
 */
@Component
public class Decider {

    private final RuleSets ruleSets;
    private final MeterRegistry meters;
    private final RuleSetInfo ruleSetInfo;
    // Meters looked up once and kept: building and registering a meter per decision (and per row
    // hit, some twenty a decision) cost more than the lookups they replace.
    private final Map<String, Timer> latency = new ConcurrentHashMap<>();
    private final Map<DecisionKey, Counter> decisions = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Counter>> rowHits = new ConcurrentHashMap<>();

    private record DecisionKey(String type, String outcome, String ruleSet) {}

    private final java.util.List<DecisionListener> listeners;

    private final DecisionJson json;

    public Decider(RuleSets ruleSets, MeterRegistry meters, RuleSetInfo ruleSetInfo, java.util.List<DecisionListener> listeners, DecisionJson json) {
        this.ruleSets = ruleSets;
        this.json = json;
        this.meters = meters;
        this.ruleSetInfo = ruleSetInfo;
        this.listeners = java.util.List.copyOf(listeners);
    }

    public DecisionType<?> type(String path) {
        return DecisionTypes.all().byPath(path).orElseThrow(() -> new NotFoundException(
                "There is no decision type '" + path + "'; the types are " + DecisionTypes.all().paths() + "."));
    }

    /** As {@link #decide(String, JsonNode)}, typed for a controller that knows its details record. */
    @SuppressWarnings("unchecked")
    public <D> Decision<D> decide(String path, JsonNode body, Class<D> details) {
        return (Decision<D>) decide(path, body);
    }

    public Decision<?> decide(String path, JsonNode body) {
        DecisionType<?> type = type(path);
        long started = System.nanoTime();
        Decision<?> decision = DecisionTypes.decide(type, body, asOf -> ruleSets.contextFor(asOf).observedBy(this::countRows));
        latency.computeIfAbsent(decision.decisionType(), t -> DecisionMeters.latency(meters, t)).record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
        decisions.computeIfAbsent(new DecisionKey(decision.decisionType(), decision.outcome(), decision.ruleSet().version()),
                k -> DecisionMeters.decisions(meters, k.type(), k.outcome(), k.ruleSet())).increment();
        ruleSetInfo.see(decision.ruleSet());
        if (!listeners.isEmpty()) {
            DecisionRecorded recorded = new DecisionRecorded(decision.decisionId(), decision.decisionType(), decision.decidedAt(), decision.asOf(),
                    decision.ruleSet(), decision.outcome(), DecisionListener.client(), body, null, decision, json.write(decision));
            listeners.forEach(l -> l.decided(recorded));
        }
        return decision;
    }

    private void countRows(Evaluation evaluation) {
        Map<String, Counter> counters = rowHits.computeIfAbsent(evaluation.ruleSet().version(), v -> new ConcurrentHashMap<>());
        for (String rule : evaluation.fired()) {
            Counter hits = counters.get(rule);
            if (hits == null) {
                hits = evaluation.ruleSet().row(rule).map(row -> DecisionMeters.rowHits(meters, rule, row.table().name(),
                        evaluation.ruleSet().version())).orElse(null);
                if (hits == null) {
                    continue; // a law rule, not a table row
                }
                counters.put(rule, hits);
            }
            hits.increment();
        }
    }
}
