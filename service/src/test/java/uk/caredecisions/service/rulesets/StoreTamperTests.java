package uk.caredecisions.service.rulesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Status;
import uk.caredecisions.engine.RuleSetSource;
import uk.caredecisions.service.common.RuleSetUnavailableException;
import uk.caredecisions.service.common.ServiceProperties;

/** The store cannot be tampered with silently: each version's files are checked against their sha256 on restore. */
class StoreTamperTests {

    @TempDir
    Path store;
    @TempDir
    Path noScenarios;

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    /** A published version written as the service writes it, from the bundled workbooks. */
    private Path storeVersion(String version, LocalDate from, int minute) throws IOException {
        Path folder = Files.createDirectories(store.resolve(version));
        RuleSetSource bundled = RuleSetSource.fromDirectory(Http.tables());
        Properties manifest = new Properties();
        manifest.setProperty("version", version);
        manifest.setProperty("effectiveFrom", from.toString());
        manifest.setProperty("status", "PUBLISHED");
        manifest.setProperty("publishedAt", Instant.parse("2026-01-01T00:00:00Z").plusSeconds(60L * minute).toString());
        manifest.setProperty("ruleSetSha256", "recorded");
        for (var workbook : bundled.workbooks().entrySet()) {
            Files.write(folder.resolve(workbook.getKey()), workbook.getValue());
            manifest.setProperty("sha256." + workbook.getKey(), StoredVersion.sha256(workbook.getValue()));
        }
        try (Writer out = Files.newBufferedWriter(folder.resolve(RuleSetSource.MANIFEST))) {
            manifest.store(out, null);
        }
        return folder;
    }

    private RuleSets restart(int retain) {
        ServiceProperties service = new ServiceProperties(Http.tables(), 262_144, 33_554_432, 67_108_864, "Europe/London",
                new ServiceProperties.Security(true, List.of(), ServiceProperties.SignIn.DEFAULT));
        RuleSets ruleSets = new RuleSets(service, meters, java.time.Clock.systemUTC());
        new RuleSetPublisher(ruleSets, new RuleSetProperties(store, noScenarios, new RuleSetProperties.Watch(false, Duration.ofSeconds(5)),
                RuleSetProperties.Limits.DEFAULT, retain));
        return ruleSets;
    }

    private long builds() {
        return meters.find("ruleset.build").timers().stream().mapToLong(t -> t.count()).sum();
    }

    @Test
    void aTruncatedWorkbookOfTheActiveVersionMakesTheServiceNotReadyAndDecidesNothingInItsPlace() throws IOException {
        Path active = storeVersion("2026.6.1", LocalDate.of(2026, 6, 1), 1);
        Path workbook = active.resolve("adult-eligibility.drl.xlsx");
        byte[] content = Files.readAllBytes(workbook);
        Files.write(workbook, java.util.Arrays.copyOf(content, content.length / 2));

        RuleSets ruleSets = restart(10);
        var health = new RuleSetHealth(ruleSets, new io.micrometer.core.instrument.simple.SimpleMeterRegistry()).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails().get("reason").toString()).contains("2026.6.1", "adult-eligibility.drl.xlsx", "sha256");
        assertThatThrownBy(() -> ruleSets.inForceOn(LocalDate.of(2026, 11, 22)))
                .isInstanceOf(RuleSetUnavailableException.class).hasMessageContaining("2026.6.1");
        assertThat(ruleSets.inForceOn(LocalDate.of(2026, 5, 31)).version()).as("before it, the bundled set still decides").isEqualTo("2026.12.2");
    }

    @Test
    void aSwappedOrAddedWorkbookRefusesThatVersionNamingIt() throws IOException {
        Path swapped = storeVersion("2026.6.1", LocalDate.of(2026, 6, 1), 1);
        Files.write(swapped.resolve("adult-eligibility.drl.xlsx"), Http.withCell(Http.adultWorkbook(), "Settings", "C9", 7));
        Path added = storeVersion("2027.1.1", LocalDate.of(2027, 1, 1), 2);
        Files.write(added.resolve("extra.drl.xlsx"), Http.adultWorkbook());

        RuleSets ruleSets = restart(10);

        assertThat(ruleSets.restored().unavailable()).extracting(RestoredVersions.Unavailable::reason)
                .anySatisfy(r -> assertThat(r).contains("2026.6.1", "adult-eligibility.drl.xlsx", "does not match"))
                .anySatisfy(r -> assertThat(r).contains("2027.1.1", "extra.drl.xlsx", "was not there"));
        assertThat(ruleSets.library().version("2026.6.1")).isEmpty();
        assertThatThrownBy(() -> ruleSets.inForceOn(LocalDate.of(2027, 2, 1))).hasMessageContaining("2027.1.1");
    }

    @Test
    void aCraftedWorkbookWrittenIntoTheStoreWithAMatchingSha256IsRefusedByTheCheckedPathAndNeverRuns() throws IOException {
        Files.deleteIfExists(HostileWorkbookIntegrationTests.MARKER);
        Path active = storeVersion("2026.6.1", LocalDate.of(2026, 6, 1), 1);
        for (byte[] hostile : List.of(HostileWorkbookIntegrationTests.mergedLabelIntoNumber(), HostileWorkbookIntegrationTests.actionAfterAGap())) {
            // Someone with write access to the store replaces the workbook and records its sha256 too.
            Files.write(active.resolve("adult-eligibility.drl.xlsx"), hostile);
            Path manifest = active.resolve(RuleSetSource.MANIFEST);
            Properties recorded = new Properties();
            try (var in = Files.newBufferedReader(manifest)) {
                recorded.load(in);
            }
            recorded.setProperty("sha256.adult-eligibility.drl.xlsx", StoredVersion.sha256(hostile));
            try (Writer out = Files.newBufferedWriter(manifest)) {
                recorded.store(out, null);
            }

            RuleSets ruleSets = restart(10);

            assertThat(ruleSets.library().version("2026.6.1")).as("the crafted version is not loaded").isEmpty();
            assertThatThrownBy(() -> ruleSets.inForceOn(LocalDate.of(2026, 11, 22)))
                    .as("the version in force cannot be restored: nothing decides in its place")
                    .isInstanceOf(RuleSetUnavailableException.class).hasMessageContaining("2026.6.1");
            assertThat(ruleSets.restored().unavailable()).extracting(RestoredVersions.Unavailable::reason)
                    .anySatisfy(r -> assertThat(r).contains("2026.6.1", "adult-eligibility.drl.xlsx"));
            assertThat(Files.exists(HostileWorkbookIntegrationTests.MARKER)).as("the crafted code never ran").isFalse();
        }
    }

    @Test
    void aBadManifestOrAStrayFolderIsSkippedByNameAndTheRestIsRestored() throws IOException {
        storeVersion("2026.6.1", LocalDate.of(2026, 6, 1), 1);
        Path bad = storeVersion("2026.7.1", LocalDate.of(2026, 7, 1), 2);
        Files.writeString(bad.resolve(RuleSetSource.MANIFEST), "version=someone-else\neffectiveFrom=2026-07-01\nstatus=PUBLISHED\n");
        Files.createDirectories(store.resolve("lost+found"));
        Files.writeString(store.resolve("notes.txt"), "stray");

        RuleSets ruleSets = restart(10);

        assertThat(ruleSets.restored().skipped()).extracting(RuleSetStore.Skipped::folder).containsExactlyInAnyOrder("2026.7.1", "lost+found", "notes.txt");
        assertThat(ruleSets.inForceOn(LocalDate.of(2026, 11, 22)).version()).isEqualTo("2026.6.1");
        assertThat(new RuleSetHealth(ruleSets, new io.micrometer.core.instrument.simple.SimpleMeterRegistry()).health().getStatus()).isEqualTo(Status.UP);
        assertThat(new RuleSetHealth(ruleSets, new io.micrometer.core.instrument.simple.SimpleMeterRegistry()).health().getDetails().get("skippedStoreFolders").toString()).contains("2026.7.1", "lost+found");
    }

    @Test
    void onlyTheVersionInForceIsBuiltAtStartSupersededOnesWhenAskedAndRetentionPrunesTheOldest() throws IOException {
        for (int month = 1; month <= 12; month++) {
            storeVersion("2025." + month + ".1", LocalDate.of(2025, month, 1), month);
        }
        storeVersion("2026.6.1", LocalDate.of(2026, 6, 1), 13);
        storeVersion("2027.1.1", LocalDate.of(2027, 1, 1), 14);

        RuleSets ruleSets = restart(10);

        assertThat(builds()).as("the bundled set, the one in force today and the scheduled one").isEqualTo(3);
        assertThat(store.resolve("2025.1.1")).doesNotExist();
        assertThat(store.resolve("2025.2.1")).doesNotExist();
        assertThat(store.resolve("2025.3.1")).exists();
        // The bundled set (effective 2015-04-01) was published first, so the stored 2025 versions outrank it on their dates.
        assertThat(ruleSets.inForceOn(LocalDate.of(2025, 5, 15)).version()).isEqualTo("2025.5.1");
        assertThat(builds()).isEqualTo(4);
        assertThat(ruleSets.version("2025.12.1")).isPresent();
        assertThat(builds()).isEqualTo(5);
        assertThat(ruleSets.inForceOn(LocalDate.of(2026, 11, 22)).version()).isEqualTo("2026.6.1");
        assertThat(ruleSets.inForceOn(LocalDate.of(2027, 3, 1)).version()).isEqualTo("2027.1.1");
        assertThat(ruleSets.knows("2025.1.1")).isFalse();
    }

    @Test
    void aVersionStoredWithoutRecordedSha256IsRefused() throws IOException {
        Path legacy = storeVersion("2026.6.1", LocalDate.of(2026, 6, 1), 1);
        Files.writeString(legacy.resolve(RuleSetSource.MANIFEST), "version=2026.6.1\neffectiveFrom=2026-06-01\nstatus=PUBLISHED\n");

        RuleSets ruleSets = restart(10);

        assertThat(new RuleSetHealth(ruleSets, new io.micrometer.core.instrument.simple.SimpleMeterRegistry()).health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(ruleSets.restored().unavailable()).singleElement().extracting(RestoredVersions.Unavailable::reason).asString()
                .contains("2026.6.1", "no sha256");
    }
}
