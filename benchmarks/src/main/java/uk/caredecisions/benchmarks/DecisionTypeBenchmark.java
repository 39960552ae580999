package uk.caredecisions.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import uk.caredecisions.common.RequestReader;
import uk.caredecisions.engine.DecisionContext;
import uk.caredecisions.engine.DecisionType;
import uk.caredecisions.engine.DecisionTypes;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.engine.RuleSetBuilder;
import uk.caredecisions.engine.RuleSetSource;

/**
 * Any decision type, JSON body in and JSON bytes out, as the service decides it minus HTTP: read
 * and check the request, pick the context, decide, write the response. Bodies come from the
 * scenario library ({@link Bodies}). A new decision type is measured by adding its path to
 * {@code decision} below, or at run time with {@code -p decision=safeguarding-concern,triage}.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class DecisionTypeBenchmark {

    @Param({"adult-eligibility", "carer-eligibility", "safeguarding-concern", "triage"})
    public String decision;

    private RuleSet ruleSet;
    private DecisionType<?> type;
    private JsonNode[] bodies;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        ruleSet = new RuleSetBuilder().build(RuleSetSource.fromDirectory(Repo.tables()));
        type = DecisionTypes.all().byPath(decision)
                .orElseThrow(() -> new IllegalStateException("No decision type " + decision + "; known: " + DecisionTypes.all().paths()));
        List<JsonNode> found = Bodies.forDecision(decision);
        if (found.isEmpty()) {
            throw new IllegalStateException("No bodies for " + decision + ": add scenarios under test-scenarios/" + decision);
        }
        bodies = found.toArray(JsonNode[]::new);
    }

    @Benchmark
    public byte[] jsonInJsonOut() throws JsonProcessingException {
        JsonNode body = bodies[next];
        if (++next == bodies.length) {
            next = 0;
        }
        return RequestReader.MAPPER.writeValueAsBytes(DecisionTypes.decide(type, body,
                asOf -> DecisionContext.of(ruleSet, asOf == null ? EligibilityBenchmark.AS_OF : asOf)));
    }

    // Hook for the waiting list (POST /v1/waiting-list/prioritise, 10,000 cases in one call): once
    // the triage area provides it, add a @Benchmark in a new class with @BenchmarkMode(Mode.SingleShotTime)
    // and @Measurement(batchSize = 1) that builds 10,000 case bodies from Bodies.forDecision("triage")
    // (waitingSince / lastContactAt spread over a year) and calls the prioritiser once per invocation.
}
