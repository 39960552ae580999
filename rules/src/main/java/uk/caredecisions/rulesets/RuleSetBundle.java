package uk.caredecisions.rulesets;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import uk.caredecisions.engine.RuleSetSource;

/**
 * A rule set uploaded as one zip: its {@code *.drl.xlsx} workbooks and optionally its
 * {@code ruleset.properties}, at any folder depth. Read with limits (entries, sizes) so a zip bomb
 * stops early; other files are ignored.
 */
public final class RuleSetBundle {

    public static final int MAX_ENTRIES = 200;
    public static final long MAX_TOTAL_BYTES = 32L * 1024 * 1024;

    private RuleSetBundle() {}

    /** Thrown when the zip cannot be used; the message is safe to show. */
    public static final class BundleException extends RuntimeException {
        public BundleException(String message) {
            super(message);
        }
    }

    public static RuleSetSource read(byte[] zip, String defaultVersion, LocalDate defaultEffectiveFrom) {
        Map<String, byte[]> workbooks = new TreeMap<>();
        Properties manifest = new Properties();
        int entries = 0;
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new BundleException("The bundle has more than " + MAX_ENTRIES + " files.");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                String name = baseName(entry.getName());
                boolean wanted = name.endsWith(".drl.xlsx") || name.equals(RuleSetSource.MANIFEST);
                if (!wanted) {
                    continue;
                }
                byte[] bytes = readLimited(in, WorkbookReader.MAX_WORKBOOK_BYTES + 1);
                total += bytes.length;
                if (total > MAX_TOTAL_BYTES) {
                    throw new BundleException("The bundle unpacks to more than " + MAX_TOTAL_BYTES + " bytes.");
                }
                if (name.equals(RuleSetSource.MANIFEST)) {
                    manifest.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
                } else if (workbooks.put(name, bytes) != null) {
                    throw new BundleException("The bundle holds two workbooks named " + name + ".");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new BundleException("The bundle is not a readable zip file.");
        }
        if (workbooks.isEmpty()) {
            throw new BundleException("The bundle holds no *.drl.xlsx workbook.");
        }
        try {
            return new RuleSetSource(manifest.getProperty("version", defaultVersion),
                    manifest.containsKey("effectiveFrom") ? LocalDate.parse(manifest.getProperty("effectiveFrom")) : defaultEffectiveFrom, workbooks);
        } catch (DateTimeParseException e) {
            throw new BundleException("effectiveFrom in " + RuleSetSource.MANIFEST + " must be a date like 2026-12-01.");
        }
    }

    /**
     * The entry's file name without its folders (either slash). An entry that climbs out of the
     * bundle ({@code ..}) or a workbook whose name is not a plain file name is refused, never cut down.
     */
    static String baseName(String entryName) {
        for (String segment : entryName.split("[/\\\\]")) {
            if (segment.equals("..")) {
                throw new BundleException("The bundle entry '" + printable(entryName) + "' reaches outside the bundle; use plain file names.");
            }
        }
        String name = entryName.substring(Math.max(entryName.lastIndexOf('/'), entryName.lastIndexOf('\\')) + 1);
        if (name.endsWith(".drl.xlsx") && !SAFE_NAME.matcher(name).matches()) {
            throw new BundleException("The bundle entry '" + printable(entryName) + "' is not a usable workbook name: letters, digits, dots, hyphens and underscores.");
        }
        return name;
    }

    private static final java.util.regex.Pattern SAFE_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}");

    private static String printable(String text) {
        String cut = text.length() > 60 ? text.substring(0, 60) + "..." : text;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }

    /** Reads at most {@code limit} bytes; a workbook over the limit is kept at limit length so the reader reports its size. */
    private static byte[] readLimited(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long read = 0;
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            read += n;
            if (read > limit) {
                out.write(buffer, 0, (int) (n - (read - limit)));
                break;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
