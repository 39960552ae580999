package uk.caredecisions.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.caredecisions.BundledRuleSet;
import uk.caredecisions.rulesets.WorkbookEdits;

/** The practice lead's commands, run as the {@code ./decisions} script runs them. */
class CliTest {

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Path adult() {
        return BundledRuleSet.tablesDir().resolve("adult-eligibility.drl.xlsx");
    }

    @Test
    void validateTheBundledFolderIsValid() {
        Run run = run("validate", BundledRuleSet.tablesDir().toString());
        assertThat(run.code()).isZero();
        assertThat(run.out().lines().findFirst().orElseThrow()).as("a one-line summary first")
                .startsWith("Valid: rule set ").contains("0 error(s), 0 warning(s), 3 accepted.");
        assertThat(run.out()).contains("ACCEPTED triage-priorities.drl.xlsx!Priorities!A22");
    }

    @Test
    void validateWarnsWhenLessThanTwelveMonthsOfBankHolidaysRemainButStillPasses() {
        Run early = run("validate", "--today", "2027-12-31", BundledRuleSet.tablesDir().toString());
        Run late = run("validate", "--today", "2028-01-01", BundledRuleSet.tablesDir().toString());
        assertThat(early.out()).doesNotContain("calendar-horizon");
        assertThat(late.code()).isZero();
        assertThat(late.out().lines().findFirst().orElseThrow()).as("the summary counts the calendar's warning").contains("0 error(s), 1 warning(s)");
        assertThat(late.out()).contains("WARNING  calendar.drl.xlsx!BankHolidays!").contains("[calendar-horizon]").contains("run only to 2028");
    }

    @Test
    void validateABrokenWorkbookNamesTheCellAndFails(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("adult-eligibility.drl.xlsx");
        Files.write(broken, WorkbookEdits.removeLastRow(Files.readAllBytes(adult()), "Outcomes"));

        Run run = run("validate", broken.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out().lines().findFirst().orElseThrow()).startsWith("Not valid: rule set local, 1 workbook(s)").contains("1 error(s)");
        assertThat(run.out()).contains("ERROR    adult-eligibility.drl.xlsx!Outcomes!C8  [no-gaps] No row of AdultOutcomes covers Outcome = CARING_FOR_A_CHILD");
    }

    @Test
    void printShowsEachRowWithItsCells() {
        Run run = run("print", adult().toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("== Outcomes: table AdultOutcomes (10 rows) ==")
                .contains("ADULT-OUT-01   (row 9)")
                .contains("  C9    Outcome: NUTRITION")
                .contains("Owner: Principal Social Worker (adults).");
    }

    @Test
    void diffListsAddedRemovedAndChangedRowsById(@TempDir Path dir) throws Exception {
        byte[] original = Files.readAllBytes(adult());
        byte[] edited = WorkbookEdits.set(original, "Settings", "C9", 21);
        edited = WorkbookEdits.removeLastRow(edited, "NextSteps");
        edited = WorkbookEdits.addRow(edited, "Outcomes", List.of("ADULT-OUT-11", "EC2015-REG2-2", "NUTRITION", "eating"));
        Path before = dir.resolve("old.xlsx");
        Path after = dir.resolve("adult-eligibility.drl.xlsx");
        Files.write(before, original);
        Files.write(after, edited);

        Run run = run("diff", before.toString(), after.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("1 row(s) added, 1 removed, 1 changed.")
                .contains("CHANGED  AdultSettings ADULT-SET-01 C9  Shortest period (days) over which fluctuating needs must be considered: '28' -> '21'")
                .contains("REMOVED  AdultNextSteps ADULT-NEXT-05 A13")
                .contains("ADDED    AdultOutcomes ADULT-OUT-11 A19");
        assertThat(run("diff", adult().toString(), adult().toString()).code()).isZero();
    }

    @Test
    void noSubcommandPrintsUsage() {
        Run run = run();
        assertThat(run.out()).contains("validate").contains("print").contains("diff");
    }
}
