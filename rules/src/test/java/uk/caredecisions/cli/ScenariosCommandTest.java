package uk.caredecisions.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import uk.caredecisions.BundledRuleSet;
import uk.caredecisions.Workbooks;

class ScenariosCommandTest {

    private final Path root = BundledRuleSet.repoRoot();

    private int run(String... args) {
        return new CommandLine(new ScenariosCommand()).execute(args);
    }

    private String captured(Runnable action) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return out.toString();
    }

    @Test
    void runPassesAndWritesJUnitXml(@TempDir Path dir) throws Exception {
        Path junit = dir.resolve("scenarios.xml");
        int code = run("run", "--tables", root.resolve("decision-tables").toString(), "--scenarios", root.resolve("test-scenarios").toString(),
                "--file", "carer-eligibility/", "--junit", junit.toString());
        assertThat(code).isZero();
        assertThat(Files.readString(junit)).contains("failures=\"0\"", "carer-eligibility/03-takes-longer-is-not-a-carer-limb.yaml");
    }

    @Test
    void runExitsNonZeroOnAFailingScenario(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.yaml"), """
                name: Wrong on purpose
                decision: carer-eligibility
                request: { providesNecessaryCare: "YES", healthDeterioratingOrAtRisk: "YES", significantImpactOnWellbeing: "YES" }
                expect: { outcome: NOT_ELIGIBLE }
                """);
        assertThat(run("run", "--tables", root.resolve("decision-tables").toString(), "--scenarios", dir.toString())).isEqualTo(1);
    }

    @Test
    void impactWithAnEditedWorkbookNamesTheChangedScenarios(@TempDir Path dir) throws Exception {
        Path edited = dir.resolve("carer-eligibility.drl.xlsx");
        Files.write(edited, Workbooks.edit(Files.readAllBytes(root.resolve("decision-tables/carer-eligibility.drl.xlsx")), "Settings", "C9", 5));
        String out = captured(() -> assertThat(run("impact", "--from", root.resolve("decision-tables").toString(),
                "--with", edited.toString(), "--scenarios", root.resolve("test-scenarios").toString())).isZero());
        // A 5-day minimum: 13 (7 days) loses its warning, 19 (7 days) is decided, 21 (4 days) is still short but warned of the new minimum.
        assertThat(out).contains("3 of ", "carer-eligibility/13-fluctuating-short-period.yaml",
                "carer-eligibility/19-a-carers-fluctuating-needs-over-a-week-ask-for-the-period.yaml");
    }
}
