package uk.caredecisions.service.common;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's settings ({@code caredecisions.*} in application.yml, or environment variables
 * such as {@code CAREDECISIONS_TABLES_DIR}).
 *
 * @param tablesDir the folder of workbooks read at start-up
 * @param maxBodyBytes largest request body accepted on a single decision
 * @param maxBulkBodyBytes largest request body accepted on batch, scenario and rule-set calls
 * @param maxWaitingListBodyBytes largest waiting list accepted (read as a stream, never held as a tree:
 *     100,000 cases are about 37 MB)
 * @param zone the time zone that decides "today" when a request has no asOf
 * @param security who may call the service
 */
@ConfigurationProperties(prefix = "caredecisions")
public record ServiceProperties(
        @DefaultValue("decision-tables") Path tablesDir,
        @DefaultValue("262144") long maxBodyBytes,
        @DefaultValue("33554432") long maxBulkBodyBytes,
        @DefaultValue("67108864") long maxWaitingListBodyBytes,
        @DefaultValue("Europe/London") String zone,
        @DefaultValue Security security) {

    /**
     * @param enabled switch authentication off only for local experiments
     * @param users local users (HTTP Basic); passwords in Spring's {id}encoded form, all of one kind
     * @param signIn how many failed sign-ins are allowed before a client waits
     */
    public record Security(@DefaultValue("true") boolean enabled, @DefaultValue List<User> users, @DefaultValue SignIn signIn) {}

    /**
     * @param failuresPerUser failed sign-ins allowed for one user name in {@code period}
     * @param failuresPerAddress failed sign-ins allowed from one client address in {@code period}
     * @param period the time in which the allowance refills
     */
    public record SignIn(@DefaultValue("10") int failuresPerUser, @DefaultValue("50") int failuresPerAddress,
                         @DefaultValue("10m") Duration period) {
        public static final SignIn DEFAULT = new SignIn(10, 50, Duration.ofMinutes(10));
    }

    public record User(String username, String password, List<String> roles) {}
}
