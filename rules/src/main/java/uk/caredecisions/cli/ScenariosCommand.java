package uk.caredecisions.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.caredecisions.common.RequestReader;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.engine.RuleSetBuilder;
import uk.caredecisions.engine.RuleSetSource;
import uk.caredecisions.rulesets.WorkbookLimits;
import uk.caredecisions.scenarios.Impact;
import uk.caredecisions.scenarios.ImpactReport;
import uk.caredecisions.scenarios.JUnitXml;
import uk.caredecisions.scenarios.RunReport;
import uk.caredecisions.scenarios.ScenarioLibrary;
import uk.caredecisions.scenarios.ScenarioRunner;

/** {@code scenarios run} and {@code scenarios impact}: the scenario harness from a terminal or CI. */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
        description = "Run the scenario library against a rule set, or show the impact of a change.",
        subcommands = {ScenariosCommand.Run.class, ScenariosCommand.ImpactOf.class})
public final class ScenariosCommand {

    public static void main(String[] args) {
        System.exit(new CommandLine(new ScenariosCommand()).execute(args));
    }

    static RuleSet build(Path tables) {
        return checkedBuild(RuleSetSource.fromDirectory(tables));
    }

    /** Every workbook is counted against the limits before anything is built. */
    static RuleSet checkedBuild(RuleSetSource source) {
        WorkbookLimits.DEFAULT.check(source);
        return new RuleSetBuilder().build(source);
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Run scenarios; exits 1 if any fails (or, with --require-coverage, if a table row is never exercised).")
    static final class Run implements Callable<Integer> {
        @Option(names = "--tables", description = "Rule-set folder (default: ${DEFAULT-VALUE})", defaultValue = "decision-tables")
        Path tables;
        @Option(names = "--scenarios", description = "Scenario library (default: ${DEFAULT-VALUE})", defaultValue = "test-scenarios")
        Path scenarios;
        @Option(names = "--tag", description = "Only scenarios with this tag (repeatable)")
        List<String> tags;
        @Option(names = "--file", description = "Only scenarios whose id starts with this file or folder")
        String file;
        @Option(names = "--junit", description = "Write JUnit XML here")
        Path junit;
        @Option(names = "--json", description = "Write the full report (results, explanations, coverage) as JSON here")
        Path json;
        @Option(names = "--require-coverage", description = "Fail when a table row no scenario fires is not listed as deliberately untested")
        boolean requireCoverage;

        @Override
        public Integer call() throws Exception {
            ScenarioLibrary library = ScenarioLibrary.load(scenarios);
            RunReport report = new ScenarioRunner().run(library.select(tags, file), build(tables), library.untestedRows());
            System.out.print(report.toText());
            if (junit != null) {
                Files.writeString(junit, JUnitXml.of(report));
            }
            if (json != null) {
                RequestReader.MAPPER.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), report);
            }
            boolean uncovered = report.coverage().tableRowsNeverFired().stream().anyMatch(u -> !library.untestedRows().containsKey(u.id()));
            return report.allPassed() && !(requireCoverage && uncovered) ? 0 : 1;
        }
    }

    @Command(name = "impact", mixinStandardHelpOptions = true,
            description = "List every scenario two rule sets decide differently, with both explanations.")
    static final class ImpactOf implements Callable<Integer> {
        @Option(names = "--from", description = "Rule-set folder before the change (default: ${DEFAULT-VALUE})", defaultValue = "decision-tables")
        Path from;
        @Option(names = "--to", description = "Rule-set folder after the change")
        Path to;
        @Option(names = "--with", description = "Edited workbook(s) to lay over --from instead of a whole --to folder")
        List<Path> with;
        @Option(names = "--scenarios", description = "Scenario library (default: ${DEFAULT-VALUE})", defaultValue = "test-scenarios")
        Path scenarios;
        @Option(names = "--json", description = "Write the report as JSON here")
        Path json;

        @Override
        public Integer call() throws Exception {
            RuleSet before = build(from);
            RuleSetSource after = to != null ? RuleSetSource.fromDirectory(to) : before.source();
            if (with != null) {
                for (Path workbook : with) {
                    after = after.withWorkbook(workbook.getFileName().toString(), Files.readAllBytes(workbook));
                }
            }
            if (to == null && with == null) {
                System.err.println("Give --to <folder> or --with <workbook>.");
                return 2;
            }
            ImpactReport report = new Impact().compare(ScenarioLibrary.load(scenarios).scenarios(), before,
                    checkedBuild(to == null ? after.as(before.version() + "+edit", before.effectiveFrom()) : after));
            System.out.print(report.toText());
            if (json != null) {
                RequestReader.MAPPER.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), report);
            }
            return 0;
        }
    }
}
