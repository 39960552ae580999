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
 * The service keeps its versions in PostgreSQL; this folder form is what earlier releases wrote
 * (imported once into the database) and what the restart tests use. Who did what is kept in the
 * manifest; there is no change number, so {@link #head()} is always 0.
 */
public final class RuleSetStore implements VersionStore {

    private static final String SHA = "sha256.";

    private final Path root;
    private final java.time.Clock clock;

    public RuleSetStore(Path root, java.time.Clock clock) {
        this.clock = clock;
        this.root = root;
    }

    @Override
    public void save(RuleSet ruleSet, boolean published, String actor) {
        RuleSetSource source = ruleSet.source();
        try {
            Files.createDirectories(root);
            Path target = root.resolve(source.version());
            Path temp = Files.createTempDirectory(root, ".incoming-");
            for (var workbook : source.workbooks().entrySet()) {
                Files.write(temp.resolve(workbook.getKey()), workbook.getValue());
            }
            Properties history = new Properties();
            history.setProperty("stagedBy", actor);
            history.setProperty("stagedAt", clock.instant().toString());
            if (published) {
                history.setProperty("activatedBy", actor);
            }
            writeManifest(temp.resolve(RuleSetSource.MANIFEST), ruleSet, published ? clock.instant() : null, history);
            if (Files.exists(target)) {
                deleteTree(target);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store rule set " + source.version(), e);
        }
    }

    @Override
    public void approve(String version, String actor) {
        rewriteHistory(version, h -> {
            h.setProperty("approvedBy", actor);
            h.setProperty("approvedAt", clock.instant().toString());
        }, null);
    }

    @Override
    public long activate(RuleSet ruleSet, String actor, long seenHead) {
        Path folder = root.resolve(ruleSet.version());
        if (!Files.isDirectory(folder)) {
            save(ruleSet, true, actor);
            return 0;
        }
        rewriteHistory(ruleSet.version(), h -> h.setProperty("activatedBy", actor), ruleSet);
        return 0;
    }

    @Override
    public long head() {
        return 0;
    }

    @Override
    public List<Event> history() {
        List<Event> events = new ArrayList<>();
        for (StoredVersion v : load().versions()) {
            v.history().forEach(events::add);
        }
        events.sort(Comparator.comparing(Event::at));
        return events;
    }

    @Override
    public String describe() {
        return "folder " + root;
    }

    private void rewriteHistory(String version, java.util.function.Consumer<Properties> change, RuleSet publish) {
        Path folder = root.resolve(version);
        try {
            Properties manifest = new Properties();
            try (var in = Files.newBufferedReader(folder.resolve(RuleSetSource.MANIFEST))) {
                manifest.load(in);
            }
            change.accept(manifest);
            if (publish != null) {
                manifest.setProperty("effectiveFrom", publish.effectiveFrom().toString());
                manifest.setProperty("status", "PUBLISHED");
                manifest.setProperty("publishedAt", clock.instant().toString());
            }
            Path temp = Files.createTempFile(root, ".manifest-", ".properties");
            try (Writer out = Files.newBufferedWriter(temp)) {
                manifest.store(out, "A rule set staged through POST /v1/rulesets; written by the service, do not edit. "
                        + "Each file is checked against its sha256 on restore.");
            }
            Files.move(temp, folder.resolve(RuleSetSource.MANIFEST), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store rule set " + version, e);
        }
    }

    /** Every folder of the store, read but not yet checked, oldest first by effective date. */
    @Override
    public Contents load() {
        List<StoredVersion> versions = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return new Contents(versions, skipped, 0);
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
        return new Contents(versions, skipped, 0);
    }

    /** Deletes a stored version's folder (retention). */
    @Override
    public void delete(String version) {
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
                manifest.getProperty("ruleSetSha256"), files, recorded, StoredVersion.Provenance.of(
                        manifest.getProperty("stagedBy"), instant(manifest.getProperty("stagedAt")),
                        manifest.getProperty("approvedBy"), instant(manifest.getProperty("approvedAt")),
                        manifest.getProperty("activatedBy"), publishedAt));
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void writeManifest(Path file, RuleSet ruleSet, Instant publishedAt, Properties history) throws IOException {
        RuleSetSource source = ruleSet.source();
        Properties manifest = new Properties();
        manifest.putAll(history);
        manifest.setProperty("version", source.version());
        manifest.setProperty("effectiveFrom", source.effectiveFrom().toString());
        manifest.setProperty("status", publishedAt != null ? "PUBLISHED" : "STAGED");
        manifest.setProperty("storedOn", LocalDate.now(clock).toString());
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
