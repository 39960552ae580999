package uk.caredecisions.service.rulesets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import uk.caredecisions.engine.RuleSetSource;

/**
 * Staged and activated versions on disk, one folder per version holding its workbooks and a
 * {@code ruleset.properties} (version, effectiveFrom, status), so a restart serves what was
 * published. Folders are written beside their final place and moved in at once.
 */
final class RuleSetStore {

    /** A stored version: its content, and whether it was activated. */
    record Stored(RuleSetSource source, boolean published) {}

    private final Path root;
    private final java.time.Clock clock;

    RuleSetStore(Path root, java.time.Clock clock) {
        this.clock = clock;
        this.root = root;
    }

    void save(RuleSetSource source, boolean published) {
        try {
            Files.createDirectories(root);
            Path target = root.resolve(source.version());
            Path temp = Files.createTempDirectory(root, ".incoming-");
            for (var workbook : source.workbooks().entrySet()) {
                Files.write(temp.resolve(workbook.getKey()), workbook.getValue());
            }
            writeManifest(temp, source, published);
            if (Files.exists(target)) {
                deleteTree(target);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store rule set " + source.version(), e);
        }
    }

    void markPublished(RuleSetSource source) {
        Path folder = root.resolve(source.version());
        try {
            if (Files.isDirectory(folder)) {
                Path manifest = Files.createTempFile(root, ".manifest-", ".properties");
                writeManifest(manifest, source, true);
                Files.move(manifest, folder.resolve(RuleSetSource.MANIFEST), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                save(source, true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store rule set " + source.version(), e);
        }
    }

    /** Every stored version, oldest first by effective date. */
    List<Stored> load() {
        List<Stored> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(Files::isDirectory).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList()) {
                Properties manifest = new Properties();
                try (var in = Files.newBufferedReader(folder.resolve(RuleSetSource.MANIFEST))) {
                    manifest.load(in);
                }
                out.add(new Stored(RuleSetSource.fromDirectory(folder), "PUBLISHED".equals(manifest.getProperty("status"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the rule-set store " + root, e);
        }
        out.sort(Comparator.comparing((Stored s) -> s.source().effectiveFrom()));
        return out;
    }

    private void writeManifest(Path target, RuleSetSource source, boolean published) throws IOException {
        Path file = Files.isDirectory(target) ? target.resolve(RuleSetSource.MANIFEST) : target;
        Properties manifest = new Properties();
        manifest.setProperty("version", source.version());
        manifest.setProperty("effectiveFrom", source.effectiveFrom().toString());
        manifest.setProperty("status", published ? "PUBLISHED" : "STAGED");
        manifest.setProperty("storedOn", LocalDate.now(clock).toString());
        try (Writer out = Files.newBufferedWriter(file)) {
            manifest.store(out, "A rule set staged through POST /v1/rulesets; written by the service, do not edit.");
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
