package uk.caredecisions.service.rulesets;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.caredecisions.engine.CompiledRuleSets;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.engine.RuleSetSource;
import uk.caredecisions.service.common.ServiceProperties;

/**
 * The rule sets that go live (the bundled one, a version staged and activated) are kept compiled once
 * the service is ready, never before, and the next start loads them instead of compiling them; a
 * candidate built only to be checked is never kept.
 */
class CompiledRuleSetsTests {

    @Test
    void liveRuleSetsAreKeptCompiledOnceReadyAndTheNextStartLoadsThem(@TempDir Path store, @TempDir Path noScenarios,
            @TempDir Path folder) throws Exception {
        ServiceProperties service = new ServiceProperties(Http.tables(), 262_144, 33_554_432, 67_108_864, "Europe/London",
                new ServiceProperties.Security(true, List.of(), ServiceProperties.SignIn.DEFAULT));
        RuleSetProperties properties = new RuleSetProperties(store, noScenarios, new RuleSetProperties.Watch(false, Duration.ofSeconds(5)),
                RuleSetProperties.Limits.DEFAULT, 10);
        CompiledRuleSets compiled = CompiledRuleSets.in(folder);

        RuleSets first = new RuleSets(service, new SimpleMeterRegistry(), Clock.systemUTC(), compiled);
        RuleSetPublisher publisher = new RuleSetPublisher(first, properties);
        RuleSet bundled = first.library().inForceOn(LocalDate.of(2026, 11, 22)).orElseThrow();
        assertThat(bundled.compiledBefore()).isFalse();
        publisher.stage("2027.1.1", LocalDate.of(2027, 1, 1),
                Map.of("adult-eligibility.drl.xlsx", Http.withCell(Http.adultWorkbook(), "Settings", "C9", 21)), Set.of());
        publisher.activate("2027.1.1");
        RuleSet candidate = first.build(RuleSetSource.fromDirectory(Http.tables()).as("candidate", LocalDate.of(2027, 6, 1))
                .withWorkbook("adult-eligibility.drl.xlsx", Http.withCell(Http.adultWorkbook(), "Settings", "C9", 35)));
        assertThat(candidate.compiledBefore()).isFalse();
        assertThat(kept(folder)).as("nothing is compiled to keep before the service is ready").isEmpty();

        first.ready();
        compiled.awaitWrites();
        assertThat(kept(folder)).as("the bundled rule set and 2027.1.1, not the candidate").hasSize(2);

        RuleSets restarted = new RuleSets(service, new SimpleMeterRegistry(), Clock.systemUTC(), compiled);
        new RuleSetPublisher(restarted, properties);
        RuleSet bundledAgain = restarted.library().inForceOn(LocalDate.of(2026, 11, 22)).orElseThrow();
        RuleSet activatedAgain = restarted.library().version("2027.1.1").orElseThrow();
        assertThat(bundledAgain.compiledBefore()).isTrue();
        assertThat(bundledAgain.sha256()).isEqualTo(bundled.sha256());
        assertThat(activatedAgain.compiledBefore()).isTrue();
        assertThat(activatedAgain.sha256()).isNotEqualTo(bundled.sha256());
    }

    private static List<Path> kept(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".kjar")).toList();
        }
    }
}
