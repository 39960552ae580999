package uk.caredecisions.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes the first edition of the bundled workbooks into {@code decision-tables/}. Run once to
 * create a workbook; after that the workbook is the source of truth and practice leads edit it in
 * Excel. Running this again overwrites their edits, so it only writes workbooks that are missing
 * unless given {@code --overwrite}.
 */
public final class FirstEdition {

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "decision-tables");
        boolean overwrite = List.of(args).contains("--overwrite");
        Files.createDirectories(dir);
        Map<String, byte[]> workbooks = new java.util.LinkedHashMap<>();
        workbooks.putAll(EligibilityFirstEdition.workbooks());
        workbooks.putAll(CalendarFirstEdition.workbooks());
        workbooks.putAll(TriageFirstEdition.workbooks());
        workbooks.putAll(SafeguardingFirstEdition.workbooks());
        for (var e : workbooks.entrySet()) {
            Path file = dir.resolve(e.getKey());
            if (overwrite || !Files.exists(file)) {
                Files.write(file, e.getValue());
                System.out.println("wrote " + file);
            }
        }
    }
}
