package uk.caredecisions.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.caredecisions.BundledRuleSet;
import uk.caredecisions.common.RequestReader;
import uk.caredecisions.engine.CompiledRuleSets;
import uk.caredecisions.engine.DecisionContext;
import uk.caredecisions.engine.DecisionEngine;
import uk.caredecisions.triage.TriageVocabulary;
import uk.caredecisions.waitinglist.WaitingList;
import uk.caredecisions.waitinglist.WaitingListLoad;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.engine.RuleSetBuilder;

/**
 * A rule set compiled before (Drools' executable model, kept in a folder by {@link CompiledRuleSets})
 * decides exactly as the same rule set compiled from its DRL: every scenario and seeded variants of it
 * give the same response byte for byte (ids and the clock fixed) and fire the same rules. An entry that
 * is damaged, or was compiled from other DRL, is never used.
 */
class CompiledBeforeTest {

    private static final ScenarioLibrary LIBRARY = ScenarioLibrary.load(BundledRuleSet.repoRoot().resolve("test-scenarios"));

    @TempDir
    static Path folder;
    static CompiledRuleSets compiled;
    static String key;

    @BeforeAll
    static void compileOnce() throws Exception {
        compiled = CompiledRuleSets.in(folder);
        RuleSet first = new RuleSetBuilder(compiled).build(BundledRuleSet.source());
        assertThat(first.compiledBefore()).isFalse();
        compiled.startWriting();
        compiled.awaitWrites();
        key = compiled.key(new RuleSetBuilder().files(BundledRuleSet.source()));
        assertThat(folder.resolve(key + ".kjar")).exists();
        assertThat(folder.resolve(key + ".sha256")).exists();
    }

    @Test
    void aRuleSetCompiledBeforeDecidesExactlyAsItsDrlDoes() throws Exception {
        RuleSet loaded = new RuleSetBuilder(compiled).build(BundledRuleSet.source());
        assertThat(loaded.compiledBefore()).isTrue();
        assertThat(loaded.sha256()).isEqualTo(BundledRuleSet.get().sha256());

        ResponseCorpus.assertSameAnswers(ResponseCorpus.decisions(loaded, LIBRARY, 4), ResponseCorpus.decisions(BundledRuleSet.get(), LIBRARY, 4));
    }

    @Test
    void aWaitingListDecidedOnEveryCoreAtOnceIsTheSame() throws Exception {
        RuleSet loaded = new RuleSetBuilder(compiled).build(BundledRuleSet.source());
        assertThat(loaded.compiledBefore()).isTrue();
        // Cases are triaged in parallel: the executable model's consequences shared one array of facts
        // across sessions that were not thread-safe, so one case read another's (an exception, found by the corpus).
        JsonNode body = WaitingListLoad.list(3000, TriageVocabulary.of(loaded).risks(), new Random(3000));
        assertThat(list(loaded, body)).isEqualTo(list(BundledRuleSet.get(), body));
    }

    private static String list(RuleSet ruleSet, JsonNode body) throws Exception {
        AtomicLong ids = new AtomicLong();
        Clock fixed = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);
        Object answer = new WaitingList(new DecisionEngine()).prioritise(body,
                date -> new DecisionContext(ruleSet, LocalDate.of(2026, 11, 23), fixed, () -> "id-" + ids.incrementAndGet(), e -> { }));
        return RequestReader.MAPPER.writeValueAsString(answer).replace(ruleSet.sha256(), "sha256");
    }

    @Test
    void anEntryWhoseBytesWereChangedIsNotUsedAndIsDeleted() throws Exception {
        Path other = Files.createTempDirectory(folder, "damaged");
        Files.copy(folder.resolve(key + ".kjar"), other.resolve(key + ".kjar"));
        Files.copy(folder.resolve(key + ".sha256"), other.resolve(key + ".sha256"));
        byte[] bytes = Files.readAllBytes(other.resolve(key + ".kjar"));
        bytes[bytes.length / 2] ^= 1;
        Files.write(other.resolve(key + ".kjar"), bytes);

        RuleSet built = new RuleSetBuilder(CompiledRuleSets.in(other)).build(BundledRuleSet.source());

        assertThat(built.compiledBefore()).isFalse();
        assertThat(other.resolve(key + ".kjar")).doesNotExist();
        assertThat(ResponseCorpus.decisions(built, LIBRARY, 0)).isEqualTo(ResponseCorpus.decisions(BundledRuleSet.get(), LIBRARY, 0));
    }

    @Test
    void anEntryCompiledFromOtherDrlIsNotUsedEvenWithItsDigestRight() throws Exception {
        Map<String, String> files = new RuleSetBuilder().files(BundledRuleSet.source());
        Map<String, String> edited = new LinkedHashMap<>(files);
        String path = edited.keySet().stream().filter(p -> p.endsWith("reg2-adults.drl")).findFirst().orElseThrow();
        // Two outcomes not achieved become one: a different law, kept under the bundled rule set's key.
        edited.put(path, edited.get(path).replace("Set(size >= 2)", "Set(size >= 1)"));
        assertThat(edited.get(path)).isNotEqualTo(files.get(path));
        Path other = Files.createTempDirectory(folder, "other-drl");
        CompiledRuleSets wrong = CompiledRuleSets.in(other);
        assertThat(wrong.write(key, edited)).isTrue();

        RuleSet built = new RuleSetBuilder(wrong).build(BundledRuleSet.source());

        assertThat(built.compiledBefore()).isFalse();
        assertThat(other.resolve(key + ".kjar")).doesNotExist();
        assertThat(ResponseCorpus.decisions(built, LIBRARY, 0)).isEqualTo(ResponseCorpus.decisions(BundledRuleSet.get(), LIBRARY, 0));
    }

    @Test
    void theFolderKeepsTheTwentyEntriesLastUsedAndDropsPiecesOfWritesThatNeverEnded() throws Exception {
        Path other = Files.createTempDirectory(folder, "full");
        for (int i = 0; i < 25; i++) {
            Path kjar = Files.writeString(other.resolve("old-" + i + ".kjar"), "old");
            Files.writeString(other.resolve("old-" + i + ".sha256"), "old");
            Files.setLastModifiedTime(kjar, java.nio.file.attribute.FileTime.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i)));
        }
        Path part = Files.writeString(other.resolve("x.part"), "half");
        Files.setLastModifiedTime(part, java.nio.file.attribute.FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));

        assertThat(CompiledRuleSets.in(other).write(key, new RuleSetBuilder().files(BundledRuleSet.source()))).isTrue();

        try (var files = Files.list(other)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertThat(names.stream().filter(n -> n.endsWith(".kjar"))).hasSize(20).contains(key + ".kjar")
                    .contains("old-24.kjar", "old-6.kjar").doesNotContain("old-5.kjar", "old-0.kjar");
            assertThat(names).doesNotContain("old-5.sha256", "x.part").contains("old-6.sha256");
        }
    }

    @Test
    void anEntryWithoutItsDigestIsNotUsed() throws Exception {
        Path other = Files.createTempDirectory(folder, "no-digest");
        Files.copy(folder.resolve(key + ".kjar"), other.resolve(key + ".kjar"));

        assertThat(new RuleSetBuilder(CompiledRuleSets.in(other)).build(BundledRuleSet.source()).compiledBefore()).isFalse();
    }

    @Test
    void theKeyCoversEveryDrlFileByPathAndText() {
        Map<String, String> files = new RuleSetBuilder().files(BundledRuleSet.source());
        assertThat(compiled.key(files)).isEqualTo(key);
        for (String path : files.keySet()) {
            Map<String, String> changed = new LinkedHashMap<>(files);
            changed.put(path, files.get(path) + "\n");
            assertThat(compiled.key(changed)).as(path).isNotEqualTo(key);
        }
        Map<String, String> renamed = new LinkedHashMap<>(files);
        String first = files.keySet().iterator().next();
        renamed.put(first.replace(".drl", "-2.drl"), renamed.remove(first));
        assertThat(compiled.key(renamed)).isNotEqualTo(key);
    }
}
