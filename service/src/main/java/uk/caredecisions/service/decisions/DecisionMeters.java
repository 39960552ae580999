package uk.caredecisions.service.decisions;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The decision meters, one definition for single decisions, batches and the waiting list: their
 * names, HELP texts and snake_case label names ({@code decisions_total{type,outcome,rule_set}} on
 * {@code /actuator/prometheus}).
 */
public final class DecisionMeters {

    private DecisionMeters() {}

    public static Counter decisions(MeterRegistry meters, String type, String outcome, String ruleSet) {
        return Counter.builder("decisions").description("Decisions made, by decision type, outcome and the rule-set version that decided")
                .tag("type", type).tag("outcome", outcome).tag("rule_set", ruleSet).register(meters);
    }

    public static Counter rowHits(MeterRegistry meters, String row, String table, String ruleSet) {
        return Counter.builder("table.row.hits").description("Times a policy table row fired, by row id, table and rule-set version")
                .tag("row", row).tag("table", table).tag("rule_set", ruleSet).register(meters);
    }

    public static Timer latency(MeterRegistry meters, String type) {
        return Timer.builder("decision.latency").description("Time to decide one request, by decision type")
                .tag("type", type).publishPercentileHistogram().register(meters);
    }

    public static Timer waitingListLatency(MeterRegistry meters) {
        return Timer.builder("waiting.list.latency").description("Time to re-prioritise one whole waiting list")
                .publishPercentileHistogram().register(meters);
    }
}
