package uk.caredecisions.rulesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import uk.caredecisions.engine.RuleSetSource;

/** A zip bundle is read with limits: workbooks and manifest taken from any folder, everything else ignored, bombs stopped. */
class RuleSetBundleTest {

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void readsWorkbooksAndManifestFromAnyFolder() throws IOException {
        byte[] bundle = zip(Map.of("tables/a.drl.xlsx", new byte[] {1}, "tables/ruleset.properties",
                "version=2027.1.1\neffectiveFrom=2027-01-01\n".getBytes(StandardCharsets.UTF_8), "README.md", new byte[] {2}));

        RuleSetSource source = RuleSetBundle.read(bundle, "uploaded", LocalDate.of(2026, 11, 22));

        assertThat(source.version()).isEqualTo("2027.1.1");
        assertThat(source.effectiveFrom()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(source.workbooks()).containsOnlyKeys("a.drl.xlsx");
    }

    @Test
    void refusesABundleThatExpandsPastTheLimit() throws IOException {
        // Highly compressible: 6 MB of zeros per entry, a few KB zipped.
        byte[] zeros = new byte[6 * 1024 * 1024];
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 7; i++) {
            entries.put("w" + i + ".drl.xlsx", zeros);
        }
        byte[] bomb = zip(entries);
        assertThat(bomb.length).isLessThan(200_000);

        assertThatThrownBy(() -> RuleSetBundle.read(bomb, "uploaded", LocalDate.now()))
                .isInstanceOf(RuleSetBundle.BundleException.class).hasMessageContaining("unpacks to more than");
    }

    @Test
    void refusesTooManyFilesNoWorkbooksAndNonZips() throws IOException {
        Map<String, byte[]> many = new java.util.LinkedHashMap<>();
        for (int i = 0; i <= RuleSetBundle.MAX_ENTRIES; i++) {
            many.put("f" + i + ".txt", new byte[0]);
        }
        assertThatThrownBy(() -> RuleSetBundle.read(zip(many), "v", LocalDate.now())).hasMessageContaining("more than");
        assertThatThrownBy(() -> RuleSetBundle.read(zip(Map.of("notes.txt", new byte[1])), "v", LocalDate.now())).hasMessageContaining("no *.drl.xlsx");
        assertThatThrownBy(() -> RuleSetBundle.read("not a zip".getBytes(StandardCharsets.UTF_8), "v", LocalDate.now()))
                .isInstanceOf(RuleSetBundle.BundleException.class);
    }
}
