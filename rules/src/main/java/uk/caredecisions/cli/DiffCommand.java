package uk.caredecisions.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import uk.caredecisions.rulesets.TableDiff;

@Command(name = "diff", description = {
        "Compare two editions of a workbook row by row (by Row id): added, removed, changed cells.",
        "Each changed cell is shown with its old and new value. Exit code 0 when the same, 1 when they differ."})
final class DiffCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<old workbook>")
    Path before;

    @Parameters(index = "1", paramLabel = "<new workbook>")
    Path after;

    @Override
    public Integer call() throws Exception {
        for (Path p : List.of(before, after)) {
            if (!Files.isRegularFile(p)) {
                spec.commandLine().getErr().println("No such file: " + p);
                return 2;
            }
        }
        // The old edition often comes from git under another name (git show main:decision-tables/x.drl.xlsx > old.xlsx):
        // both are read under the new edition's name, so cell references read the same.
        String name = after.getFileName().toString().endsWith(".drl.xlsx") ? after.getFileName().toString()
                : before.getFileName().toString().endsWith(".drl.xlsx") ? before.getFileName().toString() : "workbook.drl.xlsx";
        List<TableDiff.Change> changes = new TableDiff().diff(name, Files.readAllBytes(before), name, Files.readAllBytes(after));
        spec.commandLine().getOut().print(TableDiff.toText(before.toString(), after.toString(), changes));
        return changes.isEmpty() ? 0 : 1;
    }
}
