package uk.caredecisions.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.engine.RuleSetBuilder;
import uk.caredecisions.engine.RuleSetSource;

/**
 * Building the whole rule set from decision-tables/ (read and check every workbook, compile each
 * sheet, compile the law's DRL, build the knowledge base), as start-up and every publish do. The
 * first iteration of a fork is the cold build a fresh JVM pays; warm-up iterations absorb it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(1)
public class RuleSetBuildBenchmark {

    @Benchmark
    public RuleSet buildWholeRuleSet() {
        return new RuleSetBuilder().build(RuleSetSource.fromDirectory(Repo.tables()));
    }
}
