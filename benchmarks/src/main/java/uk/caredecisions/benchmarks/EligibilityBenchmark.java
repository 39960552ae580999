package uk.caredecisions.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import uk.caredecisions.common.Decision;
import uk.caredecisions.eligibility.AdultEligibilityRequest;
import uk.caredecisions.eligibility.CarerEligibilityRequest;
import uk.caredecisions.eligibility.Eligibility;
import uk.caredecisions.eligibility.EligibilityDetails;
import uk.caredecisions.engine.DecisionContext;
import uk.caredecisions.engine.DecisionEngine;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.engine.RuleSetBuilder;
import uk.caredecisions.engine.RuleSetSource;

/**
 * One decision on one thread, cycling through the shared inputs:
 * <ul>
 *   <li>{@code adultEligibility}, {@code carerEligibility}: our engine path as the service takes it,
 *       from the request record to the full decision (reasons, next steps, written record), a new
 *       context (decision id, clock) per call;</li>
 *   <li>{@code plainJavaReg2}: reg 2 by hand, the lower bound;</li>
 *   <li>{@code camundaDmnReg2}, {@code kieDmnReg2}: the same determination as a DMN table, each
 *       checked against ours on every shared input in setup, before it is timed.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class EligibilityBenchmark {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

    private RuleSet ruleSet;
    private Eligibility eligibility;
    private PlainReg2 plain;
    private CamundaReg2 camunda;
    private KieDmnReg2 kie;
    private AdultEligibilityRequest[] adults;
    private CarerEligibilityRequest[] carers;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        ruleSet = new RuleSetBuilder().build(RuleSetSource.fromDirectory(Repo.tables()));
        eligibility = new Eligibility(new DecisionEngine());
        plain = new PlainReg2();
        camunda = new CamundaReg2();
        kie = new KieDmnReg2();
        List<AdultEligibilityRequest> shared = SharedInputs.adults();
        adults = shared.toArray(AdultEligibilityRequest[]::new);
        carers = SharedInputs.carers().toArray(CarerEligibilityRequest[]::new);
        Agreement.require(Agreement.differences("plain Java", shared, this::ours, plain::decide,
                d -> new PlainReg2.Answer(d.outcome(), d.details().outcomesNotAchieved())));
        Agreement.require(Agreement.differences("Camunda DMN", shared, this::ours, camunda::decide, Decision::outcome));
        Agreement.require(Agreement.differences("KIE DMN", shared, this::ours, kie::decide, Decision::outcome));
    }

    Decision<EligibilityDetails> ours(AdultEligibilityRequest request) {
        return eligibility.decideAdult(request, DecisionContext.of(ruleSet, AS_OF));
    }

    private int nextIndex(int length) {
        int i = next++;
        if (next >= length) {
            next = 0;
        }
        return i;
    }

    @Benchmark
    public Decision<EligibilityDetails> adultEligibility() {
        return eligibility.decideAdult(adults[nextIndex(adults.length)], DecisionContext.of(ruleSet, AS_OF));
    }

    @Benchmark
    public Decision<EligibilityDetails> carerEligibility() {
        return eligibility.decideCarer(carers[nextIndex(carers.length)], DecisionContext.of(ruleSet, AS_OF));
    }

    @Benchmark
    public PlainReg2.Answer plainJavaReg2() {
        return plain.decide(adults[nextIndex(adults.length)]);
    }

    @Benchmark
    public String camundaDmnReg2() {
        return camunda.decide(adults[nextIndex(adults.length)]);
    }

    @Benchmark
    public String kieDmnReg2() {
        return kie.decide(adults[nextIndex(adults.length)]);
    }
}
