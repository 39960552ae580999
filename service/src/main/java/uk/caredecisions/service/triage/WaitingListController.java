package uk.caredecisions.service.triage;

import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.caredecisions.engine.DecisionContext;
import uk.caredecisions.engine.DecisionEngine;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.service.decisions.DecisionJson;
import uk.caredecisions.service.decisions.DecisionListener;
import uk.caredecisions.service.decisions.DecisionRecorded;
import uk.caredecisions.service.decisions.DecisionMeters;
import uk.caredecisions.service.rulesets.RuleSetInfo;
import uk.caredecisions.service.rulesets.RuleSets;
import uk.caredecisions.triage.Triage;
import uk.caredecisions.waitinglist.WaitingList;
import uk.caredecisions.waitinglist.WaitingListResult;

@RestController
@Tag(name = "Waiting list", description = "The weekly review of the unallocated list")
class WaitingListController {

    private final RuleSets ruleSets;
    private final MeterRegistry meters;
    private final RuleSetInfo ruleSetInfo;
    private final WaitingList waitingList = new WaitingList(new DecisionEngine());

    private final List<DecisionListener> listeners;
    private final Clock clock;
    private final DecisionJson json;
    private final WaitingListAdmission admission;

    WaitingListController(RuleSets ruleSets, MeterRegistry meters, RuleSetInfo ruleSetInfo,
                          List<DecisionListener> listeners, DecisionJson json, WaitingListAdmission admission) {
        this.admission = admission;
        this.json = json;
        this.ruleSets = ruleSets;
        this.meters = meters;
        this.ruleSetInfo = ruleSetInfo;
        this.listeners = List.copyOf(listeners);
        this.clock = ruleSets.clock();
    }

    /** The decision type a waiting-list call is recorded under (its receipts and reports). */
    static final String TYPE = "WAITING_LIST";

    @Operation(summary = "Re-prioritise a whole unallocated list",
            description = "Body: {asOf, cases: [{caseReference, waitingSince, lastContactAt, triage: {a triage request body}}]}; up to "
                    + WaitingList.MAX_CASES + " cases (10,000 is a normal week). Each case is triaged again under the policy in force on asOf; "
                    + "triage.contactReceivedAt may be left out, and the target then runs from waitingSince. Cases come back most urgent first "
                    + "(priority, then days past target, then longest wait, then request order) with targetDate, daysOverdue, nextContactDue "
                    + "(last contact, or the start of the wait, plus the priority's keep-in-touch interval), escalate (past target or contact "
                    + "overdue), escalationReasons and the priority's reasons; summary counts by priority and overdue. A bad case is a 400 "
                    + "naming cases[i].field; nothing is decided until every case is valid.")
    @PostMapping(path = "/v1/waiting-list/prioritise", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    WaitingListResult prioritise(@RequestBody byte[] body) {
        try (WaitingListAdmission.Turn turn = admission.admit(body.length)) {
            return decide(body);
        }
    }

    private WaitingListResult decide(byte[] body) {
        long started = System.nanoTime();
        Map<String, LongAdder> rowHits = new ConcurrentHashMap<>();
        AtomicReference<RuleSet> used = new AtomicReference<>();
        WaitingListResult result = waitingList.prioritise(body, asOf -> {
            DecisionContext context = ruleSets.contextFor(asOf).observedBy(
                    evaluation -> evaluation.fired().forEach(rule -> rowHits.computeIfAbsent(rule, r -> new LongAdder()).increment()));
            used.set(context.ruleSet());
            return context;
        });
        record(result, used.get(), rowHits, System.nanoTime() - started);
        if (!listeners.isEmpty()) {
            long escalated = result.cases().stream().filter(c -> c.escalate()).count();
            var recorded = new DecisionRecorded(UUID.randomUUID().toString(), TYPE, clock.instant(),
                    result.asOf(), result.ruleSet(), escalated > 0 ? "ESCALATIONS" : "NO_ESCALATION",
                    DecisionListener.client(), null, body, result, json.write(result));
            listeners.forEach(l -> l.decided(recorded));
        }
        return result;
    }

    /** The same meters as single decisions, counted once per call rather than once per case. */
    private void record(WaitingListResult result, RuleSet ruleSet, Map<String, LongAdder> rowHits, long nanos) {
        String version = result.ruleSet().version();
        ruleSetInfo.see(result.ruleSet());
        DecisionMeters.waitingListLatency(meters).record(nanos, TimeUnit.NANOSECONDS);
        result.summary().byPriority().forEach((priority, counts) -> {
            if (counts.cases() > 0) {
                DecisionMeters.decisions(meters, Triage.TYPE, priority.name(), version).increment(counts.cases());
            }
        });
        rowHits.forEach((rule, hits) -> ruleSet.row(rule).ifPresent(row ->
                DecisionMeters.rowHits(meters, rule, row.table().name(), version).increment(hits.sum())));
    }
}
