package uk.caredecisions.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import uk.caredecisions.rulesets.WorkbookText;

@Command(name = "print", description = "Print a workbook as text: its notes, then each table row by row, each cell with its reference.")
final class PrintCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<workbook>", description = "A *.drl.xlsx workbook.")
    Path workbook;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(workbook)) {
            spec.commandLine().getErr().println("No such file: " + workbook);
            return 2;
        }
        spec.commandLine().getOut().print(new WorkbookText().print(workbook.getFileName().toString(), Files.readAllBytes(workbook)));
        return 0;
    }
}
