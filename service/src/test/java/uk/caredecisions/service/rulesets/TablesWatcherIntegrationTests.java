package uk.caredecisions.service.rulesets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import uk.caredecisions.service.common.ServiceProperties;

/** A watched tables folder goes through the same gate: an invalid edit never goes live, a valid one does without a restart. */
@LifecycleIntegrationTest
class TablesWatcherIntegrationTests {

    @Autowired
    RuleSetPublisher publisher;

    @Autowired
    RuleSets ruleSets;

    @Test
    void anInvalidEditIsRefusedAndTheOldVersionKeepsDecidingThenAValidOneGoesLive(@TempDir Path folder) throws Exception {
        for (String name : List.of("adult-eligibility.drl.xlsx", "carer-eligibility.drl.xlsx", "calendar.drl.xlsx")) {
            Files.copy(Http.tables().resolve(name), folder.resolve(name));
        }
        LocalDate effective = ruleSets.today().plusMonths(6);
        String version = "watched-" + UUID.randomUUID().toString().substring(0, 8);
        Files.writeString(folder.resolve("ruleset.properties"), "version=" + version + "\neffectiveFrom=" + effective + "\n");
        ServiceProperties service = new ServiceProperties(folder, 262_144, 33_554_432, 67_108_864, "Europe/London", new ServiceProperties.Security(true, List.of(), ServiceProperties.SignIn.DEFAULT));
        RuleSetProperties watch = new RuleSetProperties(Path.of("unused"), Path.of("unused"), new RuleSetProperties.Watch(false, Duration.ofSeconds(5)), RuleSetProperties.Limits.DEFAULT, 10);
        TablesWatcher watcher = new TablesWatcher(publisher, watch, service);
        watcher.start();
        String before = ruleSets.library().inForceOn(effective).orElseThrow().version();

        byte[] adult = Files.readAllBytes(folder.resolve("adult-eligibility.drl.xlsx"));
        Files.write(folder.resolve("adult-eligibility.drl.xlsx"), Http.withCell(adult, "Outcomes", "C18", "NUTRITION"));
        watcher.poll();
        assertThat(ruleSets.library().version(version)).as("a conflicting edit is not loaded").isEmpty();
        assertThat(ruleSets.library().inForceOn(effective).orElseThrow().version()).isEqualTo(before);

        Files.write(folder.resolve("adult-eligibility.drl.xlsx"), Http.withCell(adult, "Outcomes", "D18", "caring for a child (j)"));
        watcher.poll();
        assertThat(ruleSets.library().inForceOn(effective).orElseThrow().version()).isEqualTo(version);
        assertThat(ruleSets.library().inForceOn(effective.minusDays(1)).orElseThrow().version()).isNotEqualTo(version);
    }
}
