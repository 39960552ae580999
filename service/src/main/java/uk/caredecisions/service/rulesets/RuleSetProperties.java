package uk.caredecisions.service.rulesets;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import uk.caredecisions.rulesets.WorkbookLimits;

/**
 * Settings of the rule-set lifecycle ({@code caredecisions.rulesets.*}).
 *
 * @param storeDir where staged and activated versions are kept, so a restart keeps them (git-ignored {@code var/})
 * @param scenariosDir the scenario library every new version must pass before it is staged
 * @param watch whether to watch the tables folder and publish a changed, valid rule set without a restart
 * @param limits the most one uploaded or watched workbook may hold, and how much checking may run at once
 * @param retain how many superseded versions the store keeps (the newest); older ones are deleted at start-up
 * @param requireSecondApprover whether a staged version needs a second practice lead's approval before it can be activated
 */
@ConfigurationProperties(prefix = "caredecisions.rulesets")
public record RuleSetProperties(
        @DefaultValue("var/rulesets") Path storeDir,
        @DefaultValue("test-scenarios") Path scenariosDir,
        @DefaultValue Watch watch,
        @DefaultValue Limits limits,
        @DefaultValue("10") int retain,
        @DefaultValue("false") boolean requireSecondApprover) {

    @org.springframework.boot.context.properties.bind.ConstructorBinding
    public RuleSetProperties {}

    public RuleSetProperties(Path storeDir, Path scenariosDir, Watch watch, Limits limits, int retain) {
        this(storeDir, scenariosDir, watch, limits, retain, false);
    }

    /**
     * @param enabled off by default: publishing through {@code POST /v1/rulesets} leaves a record of who did it
     * @param interval how often the folder is compared with what was last seen
     */
    public record Watch(@DefaultValue("false") boolean enabled, @DefaultValue("5s") Duration interval) {}

    /**
     * @param bytes one workbook's file size (413 past it)
     * @param sheets sheets in one workbook
     * @param rows rows on one sheet
     * @param columns columns on one sheet
     * @param cells cells in one workbook
     * @param concurrentChecks validations, impacts and stagings running at once; one more is a 429 with Retry-After
     * @param timeBudget how long one of them may take before the caller gets a 503 (the work is not counted free until it ends)
     * @param retryAfter what Retry-After says when every check slot is taken
     */
    public record Limits(@DefaultValue("2MB") DataSize bytes, @DefaultValue("30") int sheets, @DefaultValue("2000") int rows,
                         @DefaultValue("40") int columns, @DefaultValue("50000") long cells, @DefaultValue("2") int concurrentChecks,
                         @DefaultValue("60s") Duration timeBudget, @DefaultValue("10s") Duration retryAfter) {

        public static final Limits DEFAULT = new Limits(DataSize.ofMegabytes(2), 30, 2_000, 40, 50_000, 2, Duration.ofSeconds(60), Duration.ofSeconds(10));

        public WorkbookLimits workbookLimits() {
            return new WorkbookLimits(bytes.toBytes(), sheets, rows, columns, cells);
        }
    }
}
