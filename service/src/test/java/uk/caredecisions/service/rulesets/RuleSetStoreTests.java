package uk.caredecisions.service.rulesets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.caredecisions.rulesets.RuleSetLibrary;
import uk.caredecisions.service.common.ServiceProperties;

/** A restart keeps what was staged and activated: the store is read back into a fresh library. */
class RuleSetStoreTests {

    @Test
    void stagedAndActivatedVersionsSurviveARestart(@TempDir Path store, @TempDir Path noScenarios) {
        ServiceProperties service = new ServiceProperties(Http.tables(), 262_144, 33_554_432, 67_108_864, "Europe/London",
                new ServiceProperties.Security(true, List.of(), ServiceProperties.SignIn.DEFAULT));
        RuleSetProperties properties = new RuleSetProperties(store, noScenarios, new RuleSetProperties.Watch(false, Duration.ofSeconds(5)), RuleSetProperties.Limits.DEFAULT, 10);
        RuleSetPublisher first = new RuleSetPublisher(new RuleSets(service, new io.micrometer.core.instrument.simple.SimpleMeterRegistry(), java.time.Clock.systemUTC()), properties);
        byte[] edited = Http.withCell(Http.adultWorkbook(), "Settings", "C9", 21);
        first.stage("2027.1.1", LocalDate.of(2027, 1, 1), Map.of("adult-eligibility.drl.xlsx", edited), Set.of());
        first.stage("2027.4.1", LocalDate.of(2027, 4, 1), Map.of(), Set.of());
        first.activate("2027.1.1");

        RuleSets restarted = new RuleSets(service, new io.micrometer.core.instrument.simple.SimpleMeterRegistry(), java.time.Clock.systemUTC());
        new RuleSetPublisher(restarted, properties);

        LocalDate today = LocalDate.of(2026, 11, 22);
        assertThat(restarted.library().status("2027.1.1", today)).isEqualTo(RuleSetLibrary.Status.SCHEDULED);
        assertThat(restarted.library().status("2027.4.1", today)).isEqualTo(RuleSetLibrary.Status.STAGED);
        assertThat(restarted.library().inForceOn(LocalDate.of(2027, 1, 1)).orElseThrow().version()).isEqualTo("2027.1.1");
        assertThat(restarted.library().version("2027.1.1").orElseThrow().sha256())
                .isEqualTo(first.activate("2027.1.1").sha256());
    }
}
