package uk.caredecisions.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import uk.caredecisions.BundledRuleSet;

/** The whole scenario library, each case a test, through the real rules and the bundled workbooks. */
class ScenarioLibraryTest {

    private static final ScenarioLibrary LIBRARY = ScenarioLibrary.load(BundledRuleSet.repoRoot().resolve("test-scenarios"));

    @TestFactory
    Stream<DynamicTest> everyScenarioPasses() {
        ScenarioRunner runner = new ScenarioRunner();
        return LIBRARY.scenarios().stream().map(s -> DynamicTest.dynamicTest(s.id() + ": " + s.name(), () -> {
            ScenarioResult result = runner.runOne(s, BundledRuleSet.get(), new HashMap<>());
            RunReport report = new RunReport("bundled", "", 1, result.passed() ? 1 : 0, result.passed() ? 0 : 1, List.of(result), null);
            assertThat(result.passed()).as(report.toText()).isTrue();
        }));
    }

    @Test
    void everyTableRowIsExercisedOrMarkedDeliberatelyUntested() {
        RunReport report = new ScenarioRunner().run(LIBRARY.scenarios(), BundledRuleSet.get(), LIBRARY.untestedRows());
        List<String> uncovered = report.coverage().tableRowsNeverFired().stream()
                .filter(u -> !LIBRARY.untestedRows().containsKey(u.id()))
                .map(u -> u.id() + " at " + u.source()).toList();
        assertThat(uncovered).as("table rows no scenario exercises; add a scenario or list the row in test-scenarios/"
                + ScenarioLibrary.UNTESTED_FILE + " with the reason").isEmpty();
    }

    @Test
    void everyDecisionTypeHasScenariosAndEveryScenarioNamesAKnownType() {
        Map<String, Long> byDecision = new HashMap<>();
        LIBRARY.scenarios().forEach(s -> byDecision.merge(s.decision(), 1L, Long::sum));
        assertThat(byDecision.keySet()).containsAll(uk.caredecisions.engine.DecisionTypes.all().paths());
        assertThat(uk.caredecisions.engine.DecisionTypes.all().paths()).containsAll(byDecision.keySet());
    }
}
