package uk.caredecisions.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import uk.caredecisions.eligibility.AdultEligibilityRequest;
import uk.caredecisions.eligibility.Eligibility;
import uk.caredecisions.engine.CompiledRuleSets;
import uk.caredecisions.engine.DecisionContext;
import uk.caredecisions.engine.DecisionEngine;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.engine.RuleSetBuilder;
import uk.caredecisions.engine.RuleSetSource;

/**
 * Does a rule set loaded as compiled before (the executable model, thread-safe sessions) decide as fast
 * as the same rule set compiled from its DRL? Adult decisions on one thread in alternating 2 s windows,
 * counted per second of the thread's CPU, after checking both give the same outcome and reasons on every
 * shared input. {@code java -cp benchmarks.jar uk.caredecisions.benchmarks.CompiledBeforeAB [rounds]}
 */
public final class CompiledBeforeAB {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        RuleSetSource source = RuleSetSource.fromDirectory(Repo.tables());
        RuleSet drl = new RuleSetBuilder().build(source);
        CompiledRuleSets compiled = CompiledRuleSets.in(Files.createTempDirectory("compiled-rule-sets"));
        new RuleSetBuilder(compiled).build(source);
        compiled.startWriting();
        compiled.awaitWrites();
        RuleSet kept = new RuleSetBuilder(compiled).build(source);
        if (!kept.compiledBefore()) {
            throw new IllegalStateException("the rule set was not kept compiled");
        }

        Eligibility eligibility = new Eligibility(new DecisionEngine());
        List<AdultEligibilityRequest> adults = SharedInputs.adults();
        LocalDate asOf = EligibilityBenchmark.AS_OF;
        long differences = adults.stream().filter(r -> {
            var a = eligibility.decideAdult(r, DecisionContext.of(drl, asOf));
            var b = eligibility.decideAdult(r, DecisionContext.of(kept, asOf));
            return !a.outcome().equals(b.outcome()) || !a.reasons().toString().equals(b.reasons().toString());
        }).count();
        System.out.printf("%d differences in %d shared inputs%n", differences, adults.size());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 2 * rounds; round++) {
            RuleSet ruleSet = round % 2 == 0 ? drl : kept;
            long cpu = threads.getCurrentThreadCpuTime();
            long end = System.nanoTime() + 2_000_000_000L;
            int n = 0;
            while (System.nanoTime() < end) {
                eligibility.decideAdult(adults.get(n % adults.size()), DecisionContext.of(ruleSet, asOf));
                n++;
            }
            double seconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            System.out.printf("%-30s %,9d adult decisions/s, %,9.0f per CPU-second%n", round % 2 == 0 ? "compiled from the DRL" : "compiled before (executable model)",
                    n / 2, n / seconds);
        }
    }
}
