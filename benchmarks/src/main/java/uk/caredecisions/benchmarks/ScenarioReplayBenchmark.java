package uk.caredecisions.benchmarks;

import java.util.ArrayList;
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
import uk.caredecisions.engine.DecisionTypes;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.engine.RuleSetBuilder;
import uk.caredecisions.engine.RuleSetSource;
import uk.caredecisions.scenarios.Expectation;
import uk.caredecisions.scenarios.RunReport;
import uk.caredecisions.scenarios.Scenario;
import uk.caredecisions.scenarios.ScenarioLibrary;
import uk.caredecisions.scenarios.ScenarioRunner;

/**
 * A practice lead's replay before publishing: every scenario in test-scenarios/ through the runner
 * (decide, compare with the expectation, count coverage). A decision type with no scenario files
 * yet is replayed from the shared inputs with no expectation, so the figure covers every type.
 * One operation is one replay of the whole library; the setup prints how many scenarios that is.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class ScenarioReplayBenchmark {

    private RuleSet ruleSet;
    private ScenarioLibrary library;
    private List<Scenario> scenarios;

    @Setup(Level.Trial)
    public void setUp() {
        ruleSet = new RuleSetBuilder().build(RuleSetSource.fromDirectory(Repo.tables()));
        library = ScenarioLibrary.load(Repo.scenarios());
        scenarios = new ArrayList<>(library.scenarios());
        Expectation none = new Expectation(null, List.of(), List.of(), List.of(), List.of(), null);
        for (String path : DecisionTypes.all().paths()) {
            if (scenarios.stream().noneMatch(s -> s.decision().equals(path))) {
                var bodies = Bodies.forDecision(path);
                for (int i = 0; i < bodies.size(); i++) {
                    scenarios.add(new Scenario("bench/" + path + "#" + i, "shared input " + i, path, List.of(), "",
                            List.of(), null, bodies.get(i), none));
                }
            }
        }
        System.out.println("Replaying " + scenarios.size() + " scenarios (" + library.scenarios().size() + " from test-scenarios/)");
    }

    @Benchmark
    public RunReport replayLibrary() {
        return new ScenarioRunner().run(scenarios, ruleSet, library.untestedRows());
    }
}
