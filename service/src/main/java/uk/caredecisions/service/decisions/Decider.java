package uk.caredecisions.service.decisions;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;
import uk.caredecisions.common.Decision;
import uk.caredecisions.engine.DecisionType;
import uk.caredecisions.engine.DecisionTypes;
import uk.caredecisions.engine.Evaluation;
import uk.caredecisions.service.common.NotFoundException;
import uk.caredecisions.service.rulesets.RuleSets;

/**
 * Decides a JSON request of a named type under the rule set in force on its {@code asOf}, and
 * counts it: decisions by type, outcome and rule-set version; latency; table-row hits.
 */
@Component
public class Decider {

    private final RuleSets ruleSets;
    private final MeterRegistry meters;

    public Decider(RuleSets ruleSets, MeterRegistry meters) {
        this.ruleSets = ruleSets;
        this.meters = meters;
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
        Timer.builder("decision.latency").tag("type", decision.decisionType()).publishPercentileHistogram()
                .register(meters).record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
        Counter.builder("decisions").tag("type", decision.decisionType()).tag("outcome", decision.outcome())
                .tag("ruleSet", decision.ruleSet().version()).register(meters).increment();
        return decision;
    }

    private void countRows(Evaluation evaluation) {
        for (String rule : evaluation.fired()) {
            evaluation.ruleSet().row(rule).ifPresent(row -> Counter.builder("table.row.hits")
                    .tag("row", rule).tag("table", row.table().name()).tag("ruleSet", evaluation.ruleSet().version())
                    .register(meters).increment());
        }
    }
}
