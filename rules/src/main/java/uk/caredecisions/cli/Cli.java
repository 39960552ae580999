package uk.caredecisions.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The practice lead's command line: {@code validate}, {@code print} and {@code diff} workbooks.
 * Run it with {@code ./decisions} at the top of the repository. Add a subcommand by listing its
 * class below.
 */
@Command(name = "decisions", mixinStandardHelpOptions = true, version = "decisions 0.1.0",
        description = "Check, print and compare the policy workbooks of the Care Act decision service.",
        subcommands = {ValidateCommand.class, PrintCommand.class, DiffCommand.class, ScenariosCommand.class})
public final class Cli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // Quiet libraries: the command's own output is the report. Set before any logger exists.
        System.setProperty("logback.configurationFile", System.getProperty("logback.configurationFile", "uk/caredecisions/cli/logback-cli.xml"));
        System.setProperty("log4j2.loggerContextFactory", System.getProperty("log4j2.loggerContextFactory",
                "org.apache.logging.log4j.simple.SimpleLoggerContextFactory"));
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs a command line, writing to {@code out} and {@code err}; returns the exit code (0 ok, 1 findings, 2 usage). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine line = new CommandLine(new Cli());
        line.setOut(out);
        line.setErr(err);
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("Error: " + e.getMessage());
            return 2;
        });
        int code = line.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
