package uk.caredecisions.service.receipts;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./decisions receipts verify}: walks the receipt chain in the service's database and says
 * whether any receipt was altered or removed, naming the first break. Exit 0 when it verifies, 1
 * when it does not, 2 when the database cannot be reached. The embedded database runs while the
 * service does, on localhost:54329 (the default here).
 */
@Command(name = "receipts", mixinStandardHelpOptions = true, description = "Decision receipts in the service's database.",
        subcommands = ReceiptsCli.Verify.class)
public final class ReceiptsCli {

    public static void main(String[] args) {
        System.exit(new CommandLine(new ReceiptsCli()).execute(args));
    }

    @Command(name = "verify", mixinStandardHelpOptions = true, description = "Prove no receipt was altered or removed.")
    static final class Verify implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--url", defaultValue = "jdbc:postgresql://localhost:54329/postgres", description = "JDBC URL of the service's database (default: ${DEFAULT-VALUE}).")
        String url;

        @Option(names = "--user", defaultValue = "postgres", description = "Database user (default: ${DEFAULT-VALUE}).")
        String user;

        @Option(names = "--password-env", defaultValue = "PGPASSWORD", description = "Environment variable holding the password (default: ${DEFAULT-VALUE}).")
        String passwordEnv;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            String password = System.getenv().getOrDefault(passwordEnv, "");
            Receipts receipts = new Receipts(new DriverManagerDataSource(url, user, password), Clock.systemUTC());
            Receipts.Verification v;
            try {
                v = receipts.verify();
            } catch (uk.caredecisions.service.common.StoreUnavailableException e) {
                spec.commandLine().getErr().println("Cannot read the receipts: " + e.getMessage());
                return 2;
            }
            if (v.verified()) {
                out.printf("VERIFIED: %d receipt(s) kept, each following the one before and matching its hash; %d purged by retention.%n",
                        v.receipts(), v.purged());
                return 0;
            }
            out.printf("BROKEN after %d good receipt(s): %s%s%n", v.receipts(),
                    v.brokenAtSeq() == null ? "" : "receipt " + v.brokenAtSeq() + " (decision " + v.brokenDecisionId() + "): ", v.problem());
            return 1;
        }
    }
}
