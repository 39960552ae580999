package uk.caredecisions.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The policy half of a rule set: the workbooks (name to bytes), a version and the date from which
 * it is in force. The law half, the DRL, ships with the code.
 */
public record RuleSetSource(String version, LocalDate effectiveFrom, Map<String, byte[]> workbooks) {

    public static final String MANIFEST = "ruleset.properties";

    /** Reads every {@code *.drl.xlsx} in a directory, with version and effective date from its {@value #MANIFEST}. */
    public static RuleSetSource fromDirectory(Path directory) {
        try {
            Properties manifest = new Properties();
            Path manifestFile = directory.resolve(MANIFEST);
            if (Files.exists(manifestFile)) {
                try (var in = Files.newBufferedReader(manifestFile)) {
                    manifest.load(in);
                }
            }
            Map<String, byte[]> workbooks = new TreeMap<>();
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".xlsm")) {
                        workbooks.put(name, Files.readAllBytes(file));
                    }
                }
            }
            return new RuleSetSource(
                    manifest.getProperty("version", "local"),
                    LocalDate.parse(manifest.getProperty("effectiveFrom", "2015-04-01")),
                    workbooks);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rule-set directory " + directory, e);
        }
    }

    public RuleSetSource withWorkbook(String name, byte[] content) {
        Map<String, byte[]> copy = new TreeMap<>(workbooks);
        copy.put(name, content);
        return new RuleSetSource(version, effectiveFrom, copy);
    }

    public RuleSetSource as(String newVersion, LocalDate newEffectiveFrom) {
        return new RuleSetSource(newVersion, newEffectiveFrom, workbooks);
    }
}
