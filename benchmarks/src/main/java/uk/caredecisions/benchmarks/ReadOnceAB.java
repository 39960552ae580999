package uk.caredecisions.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import uk.caredecisions.common.RequestReader;
import uk.caredecisions.eligibility.AdultEligibilityRequest;
import uk.caredecisions.eligibility.CarerEligibilityRequest;
import uk.caredecisions.eligibility.Eligibility;
import uk.caredecisions.engine.DecisionContext;
import uk.caredecisions.engine.DecisionEngine;
import uk.caredecisions.engine.DecisionType;
import uk.caredecisions.engine.DecisionTypes;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.engine.RuleSetBuilder;
import uk.caredecisions.engine.RuleSetSource;

/**
 * Rows read once per rule set against every row fired, in one JVM, for a machine too loaded for
 * separate JMH runs to compare: the same tables built both ways ({@code new RuleSetBuilder(false)}
 * is the engine path as it was before issue 15), each body timed in alternating windows of about
 * one second with the KIE DMN peer between them, so other people's load falls on all three alike.
 * Prints, per body, the median over the rounds of calls per wall second and per CPU-second of the
 * measuring thread, and the ratio of read-once to every-row-fired within each round.
 * {@code java -cp benchmarks.jar uk.caredecisions.benchmarks.ReadOnceAB [rounds]}
 */
public final class ReadOnceAB {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private record Rate(double wall, double cpu) {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        RuleSetSource source = RuleSetSource.fromDirectory(Repo.tables());
        RuleSet readOnce = new RuleSetBuilder(true).build(source);
        RuleSet everyRow = new RuleSetBuilder(false).build(source);
        KieDmnReg2 kie = new KieDmnReg2();
        Eligibility eligibility = new Eligibility(new DecisionEngine());
        List<AdultEligibilityRequest> adults = SharedInputs.adults();
        List<CarerEligibilityRequest> carers = SharedInputs.carers();

        Map<String, Supplier<Object>[]> bodies = new LinkedHashMap<>();
        bodies.put("adultEligibility", pair(readOnce, everyRow, rs -> cycle(adults, a -> eligibility.decideAdult(a, DecisionContext.of(rs, EligibilityBenchmark.AS_OF)))));
        bodies.put("carerEligibility", pair(readOnce, everyRow, rs -> cycle(carers, c -> eligibility.decideCarer(c, DecisionContext.of(rs, EligibilityBenchmark.AS_OF)))));
        for (String decision : List.of("adult-eligibility", "safeguarding-concern", "triage")) {
            DecisionType<?> type = DecisionTypes.all().byPath(decision).orElseThrow();
            List<JsonNode> found = Bodies.forDecision(decision);
            bodies.put("jsonInJsonOut[" + decision + "]", pair(readOnce, everyRow, rs -> cycle(found, body -> {
                try {
                    return RequestReader.MAPPER.writeValueAsBytes(DecisionTypes.decide(type, body,
                            asOf -> DecisionContext.of(rs, asOf == null ? EligibilityBenchmark.AS_OF : asOf)));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            })));
        }
        Supplier<Object> kieBody = cycle(adults, kie::decide);

        System.out.printf("%-34s %12s %12s %12s %12s %12s %8s%n", "body (median of " + rounds + " rounds)", "read once/s", "every row/s",
                "KIE DMN/s", "read once/cpu-s", "every row/cpu-s", "ratio");
        for (Map.Entry<String, Supplier<Object>[]> body : bodies.entrySet()) {
            Supplier<Object> a = body.getValue()[0];
            Supplier<Object> b = body.getValue()[1];
            window(a, 2_000_000_000L);
            window(b, 2_000_000_000L);
            window(kieBody, 1_000_000_000L);
            List<Rate> ra = new ArrayList<>();
            List<Rate> rb = new ArrayList<>();
            List<Rate> rk = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                Rate x = window(a, 1_000_000_000L);
                Rate k = window(kieBody, 500_000_000L);
                Rate y = window(b, 1_000_000_000L);
                ra.add(x);
                rb.add(y);
                rk.add(k);
                ratios.add(x.cpu() / y.cpu());
            }
            System.out.printf("%-34s %,12.0f %,12.0f %,12.0f %,12.0f %,12.0f %8.2f%n", body.getKey(), median(ra, Rate::wall), median(rb, Rate::wall),
                    median(rk, Rate::wall), median(ra, Rate::cpu), median(rb, Rate::cpu), median(ratios, d -> d));
        }
    }

    @SuppressWarnings("unchecked")
    private static Supplier<Object>[] pair(RuleSet a, RuleSet b, java.util.function.Function<RuleSet, Supplier<Object>> body) {
        return new Supplier[] {body.apply(a), body.apply(b)};
    }

    private static <T> Supplier<Object> cycle(List<T> inputs, java.util.function.Function<T, Object> call) {
        int[] next = {0};
        return () -> {
            T input = inputs.get(next[0]);
            next[0] = next[0] + 1 == inputs.size() ? 0 : next[0] + 1;
            return call.apply(input);
        };
    }

    private static <T> double median(List<T> values, java.util.function.ToDoubleFunction<T> of) {
        double[] sorted = values.stream().mapToDouble(of).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    /** Calls per wall second and per CPU-second over about {@code wallNanos}. */
    private static Rate window(Supplier<Object> body, long wallNanos) {
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long calls = 0;
        long elapsed;
        Object sink = null;
        do {
            for (int i = 0; i < 20; i++) {
                sink = body.get();
            }
            calls += 20;
            elapsed = System.nanoTime() - wall;
        } while (elapsed < wallNanos);
        long used = THREADS.getCurrentThreadCpuTime() - cpu;
        if (sink == null) {
            throw new IllegalStateException();
        }
        return new Rate(calls * 1e9 / elapsed, calls * 1e9 / Math.max(1, used));
    }
}
