package uk.caredecisions.service.rulesets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.engine.RuleSetSource;

/**
 * Staged and activated versions on disk, one folder per version holding its workbooks and a
 * {@code ruleset.properties} (version, effectiveFrom, status, and the sha256 of every file), so a
 * restart serves what was published. Folders are written beside their final place and moved in at
 * once. Reading gives {@link StoredVersion}s, checked against their sha256 only when used; a
 * folder whose manifest cannot be read, or that has none, is listed as skipped with the reason.
 */
final class RuleSetStore {

    /** A folder that is not a stored version, and why. */
    record Skipped(String folder, String reason) {}

    /** What the store holds: the versions it could read, and the folders it could not. */
    record Contents(List<StoredVersion> versions, List<Skipped> skipped) {}

    private static final String SHA = "sha256.";

    private final Path root;
    private final java.time.Clock clock;

    RuleSetStore(Path root, java.time.Clock clock) {
        this.clock = clock;
        this.root = root;
    }

    void save(RuleSet ruleSet, boolean published) {
        RuleSetSource source = ruleSet.source();
        try {
            Files.createDirectories(root);
            Path target = root.resolve(source.version());
            Path temp = Files.createTempDirectory(root, ".incoming-");
            for (var workbook : source.workbooks().entrySet()) {
                Files.write(temp.resolve(workbook.getKey()), workbook.getValue());
            }
            writeManifest(temp.resolve(RuleSetSource.MANIFEST), ruleSet, published ? Instant.now() : null);
            if (Files.exists(target)) {
                deleteTree(target);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store rule set " + source.version(), e);
        }
    }

    void markPublished(RuleSet ruleSet) {
        Path folder = root.resolve(ruleSet.version());
        try {
            if (Files.isDirectory(folder)) {
                Path manifest = Files.createTempFile(root, ".manifest-", ".properties");
                writeManifest(manifest, ruleSet, Instant.now());
                Files.move(manifest, folder.resolve(RuleSetSource.MANIFEST), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                save(ruleSet, true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store rule set " + ruleSet.version(), e);
        }
    }

    /** Every folder of the store, read but not yet checked, oldest first by effective date. */
    Contents load() {
        List<StoredVersion> versions = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return new Contents(versions, skipped);
        }
        try (Stream<Path> entries = Files.list(root)) {
            for (Path entry : entries.filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList()) {
                String folder = entry.getFileName().toString();
                if (!Files.isDirectory(entry)) {
                    skipped.add(new Skipped(folder, "a file where only version folders belong"));
                    continue;
                }
                try {
                    versions.add(read(entry));
                } catch (BadFolder e) {
                    skipped.add(new Skipped(folder, e.getMessage()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the rule-set store " + root, e);
        }
        versions.sort(Comparator.comparing(StoredVersion::effectiveFrom));
        return new Contents(versions, skipped);
    }

    /** Deletes a stored version's folder (retention). */
    void delete(String version) {
        Path folder = root.resolve(version);
        if (!VersionName.isSafe(version) || !folder.getParent().equals(root)) {
            throw new IllegalArgumentException("Not a stored version: " + version);
        }
        try {
            if (Files.isDirectory(folder)) {
                deleteTree(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete stored rule set " + version, e);
        }
    }

    private static final class BadFolder extends Exception {
        BadFolder(String message) {
            super(message);
        }
    }

    private static StoredVersion read(Path folder) throws BadFolder, IOException {
        String name = folder.getFileName().toString();
        Path manifestFile = folder.resolve(RuleSetSource.MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            throw new BadFolder("no " + RuleSetSource.MANIFEST + ": not a stored version");
        }
        Properties manifest = new Properties();
        try (var in = Files.newBufferedReader(manifestFile)) {
            manifest.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new BadFolder(RuleSetSource.MANIFEST + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        String version = manifest.getProperty("version");
        if (version == null || !version.equals(name) || !VersionName.isSafe(version)) {
            throw new BadFolder(RuleSetSource.MANIFEST + " names version '" + version + "', not the folder's name");
        }
        String status = manifest.getProperty("status");
        if (!"PUBLISHED".equals(status) && !"STAGED".equals(status)) {
            throw new BadFolder(RuleSetSource.MANIFEST + " has status '" + status + "'; expected PUBLISHED or STAGED");
        }
        LocalDate effectiveFrom;
        Instant publishedAt;
        try {
            effectiveFrom = LocalDate.parse(String.valueOf(manifest.getProperty("effectiveFrom")));
            String at = manifest.getProperty("publishedAt");
            publishedAt = at == null ? null : Instant.parse(at);
        } catch (DateTimeParseException e) {
            throw new BadFolder(RuleSetSource.MANIFEST + " has a date that cannot be read");
        }
        Map<String, String> recorded = new TreeMap<>();
        for (String key : manifest.stringPropertyNames()) {
            if (key.startsWith(SHA)) {
                recorded.put(key.substring(SHA.length()), manifest.getProperty(key));
            }
        }
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path file : paths.sorted().toList()) {
                String fileName = file.getFileName().toString();
                if (fileName.equals(RuleSetSource.MANIFEST)) {
                    continue;
                }
                if (!Files.isRegularFile(file)) {
                    files.put(fileName + "/", new byte[0]); // a sub-folder: never recorded, so the version is refused
                    continue;
                }
                files.put(fileName, Files.readAllBytes(file));
            }
        }
        return new StoredVersion(version, effectiveFrom, "PUBLISHED".equals(status), publishedAt,
                manifest.getProperty("ruleSetSha256"), files, recorded);
    }

    private static void writeManifest(Path file, RuleSet ruleSet, Instant publishedAt) throws IOException {
        RuleSetSource source = ruleSet.source();
        Properties manifest = new Properties();
        manifest.setProperty("version", source.version());
        manifest.setProperty("effectiveFrom", source.effectiveFrom().toString());
        manifest.setProperty("status", publishedAt != null ? "PUBLISHED" : "STAGED");
        manifest.setProperty("storedOn", LocalDate.now().toString());
        manifest.setProperty("ruleSetSha256", ruleSet.sha256());
        if (publishedAt != null) {
            manifest.setProperty("publishedAt", publishedAt.toString());
        }
        StoredVersion.digests(source.workbooks()).forEach((name, sha) -> manifest.setProperty(SHA + name, sha));
        try (Writer out = Files.newBufferedWriter(file)) {
            manifest.store(out, "A rule set staged through POST /v1/rulesets; written by the service, do not edit. "
                    + "Each file is checked against its sha256 on restore.");
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
