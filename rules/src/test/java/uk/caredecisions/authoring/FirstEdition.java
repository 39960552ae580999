package uk.caredecisions.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.caredecisions.rulesets.DecisionTable;
import uk.caredecisions.rulesets.KnownCodes;
import uk.caredecisions.rulesets.WorkbookReader;
import uk.caredecisions.rulesets.WorkbookWriter;

/**
 * Writes the first edition of the bundled workbooks into {@code decision-tables/}. Run once to
 * create a workbook; after that the workbook is the source of truth and practice leads edit it in
 * Excel. Running this again overwrites their edits, so it only writes workbooks that are missing
 * unless given {@code --overwrite}. From the repository root:
 *
 * <pre>
 * mvn -B -o -q -pl rules test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp rules/target/classes:rules/target/test-classes:$(cat rules/target/cp.txt) \
 *     uk.caredecisions.authoring.FirstEdition decision-tables --overwrite
 * </pre>
 *
 * <p>Written twice: the first pass gives the tables, from which {@link KnownCodes} reads the values
 * one table defines for another (levels, presenting risks); the second writes the drop-downs from them.
 */
public final class FirstEdition {

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "decision-tables");
        boolean overwrite = List.of(args).contains("--overwrite");
        Files.createDirectories(dir);
        for (var e : workbooks().entrySet()) {
            Path file = dir.resolve(e.getKey());
            if (overwrite || !Files.exists(file)) {
                Files.write(file, e.getValue());
                System.out.println("wrote " + file);
            }
        }
    }

    /** Every bundled workbook's first edition, by file name. */
    public static Map<String, byte[]> workbooks() {
        Map<String, byte[]> draft = workbooks(new WorkbookWriter());
        List<DecisionTable> tables = new ArrayList<>();
        WorkbookReader reader = new WorkbookReader();
        draft.forEach((name, bytes) -> tables.addAll(reader.read(name, bytes).tables()));
        return workbooks(new WorkbookWriter(KnownCodes.of(tables)));
    }

    private static Map<String, byte[]> workbooks(WorkbookWriter writer) {
        Map<String, byte[]> workbooks = new LinkedHashMap<>();
        workbooks.putAll(EligibilityFirstEdition.workbooks(writer));
        workbooks.putAll(CalendarFirstEdition.workbooks(writer));
        workbooks.putAll(TriageFirstEdition.workbooks(writer));
        workbooks.putAll(SafeguardingFirstEdition.workbooks(writer));
        return workbooks;
    }
}
