package uk.caredecisions.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import uk.caredecisions.calendar.CalendarHorizon;
import uk.caredecisions.engine.RuleSetSource;
import uk.caredecisions.rulesets.RuleSetValidator;
import uk.caredecisions.rulesets.ValidationReport;
import uk.caredecisions.rulesets.WorkbookLimits;
import uk.caredecisions.rulesets.WorkbookProblem;
import uk.caredecisions.rulesets.WorkbookReader;

@Command(name = "validate", description = {
        "Check workbooks as the service will before publishing; each finding at workbook!Sheet!Cell.",
        "Checks: safe to read, literal cells, approved template, no gaps, no conflicts, no duplicate, shadowed",
        "or unreachable rows, rows have results, known codes and levels, and the whole set compiles.",
        "The first line is the verdict and the counts. Exit code 0 when valid, 1 with errors."})
final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<dir|workbook>",
            description = "A folder of *.drl.xlsx workbooks (with its ruleset.properties), or workbook files.")
    List<Path> paths;

    @CommandLine.Option(names = "--today", paramLabel = "<yyyy-mm-dd>",
            description = "The date to measure the bank-holiday calendar's remaining months from (default: today in England).")
    LocalDate today;

    @Override
    public Integer call() throws Exception {
        RuleSetSource source;
        if (paths.size() == 1 && Files.isDirectory(paths.get(0))) {
            source = RuleSetSource.fromDirectory(paths.get(0));
        } else {
            Map<String, byte[]> workbooks = new TreeMap<>();
            for (Path path : paths) {
                if (!Files.isRegularFile(path)) {
                    spec.commandLine().getErr().println("No such file: " + path);
                    return 2;
                }
                workbooks.put(path.getFileName().toString(), Files.readAllBytes(path));
            }
            source = new RuleSetSource("local", LocalDate.of(2015, 4, 1), workbooks);
        }
        try {
            WorkbookLimits.DEFAULT.check(source);
        } catch (WorkbookLimits.Exceeded e) {
            spec.commandLine().getOut().println("Not valid: " + e.workbook() + " is over a workbook limit (1 error); nothing else was read.");
            spec.commandLine().getOut().println("ERROR    " + e.getMessage() + " [workbook-limits] Nothing else was read.");
            return 1;
        }
        LocalDate from = today != null ? today : LocalDate.now(java.time.ZoneId.of("Europe/London"));
        WorkbookReader reader = new WorkbookReader();
        List<WorkbookProblem> runway = new java.util.ArrayList<>();
        source.workbooks().forEach((name, bytes) -> CalendarHorizon.runway(reader.read(name, bytes).tables(), from).ifPresent(runway::add));
        // The summary line comes first and counts every finding printed below it.
        ValidationReport report = new RuleSetValidator().validate(source).withWarnings(runway);
        spec.commandLine().getOut().print(report.toText());
        return report.clean() ? 0 : 1;
    }
}
