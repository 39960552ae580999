package uk.caredecisions.service.rulesets;

import java.util.List;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.service.common.NoRuleSetInForceException;
import uk.caredecisions.service.common.RuleSetUnavailableException;

/**
 * Ready only once the rule set in force today is loaded. If that version could not be restored
 * from the store, the service is DOWN with the reason, rather than deciding under another version.
 * Store folders that were skipped are listed, without making the service unready.
 */
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import uk.caredecisions.calendar.WorkingDays;
@Component("ruleSetHealthIndicator")
class RuleSetHealth implements HealthIndicator {

    private final RuleSets ruleSets;
    private final RuleSetInfo info;

    RuleSetHealth(RuleSets ruleSets, MeterRegistry meters) {
        this(ruleSets, meters, new RuleSetInfo(ruleSets, meters));
    }

    @org.springframework.beans.factory.annotation.Autowired
    RuleSetHealth(RuleSets ruleSets, MeterRegistry meters, RuleSetInfo info) {
        this.ruleSets = ruleSets;
        this.info = info;
        Gauge.builder("calendar.last.covered.year", this, h -> h.inForce().map(rs -> (double) WorkingDays.of(rs).lastCoveredYear()).orElse(Double.NaN))
                .description("The last year whose bank holidays the rule set in force today lists; deadlines after it skip weekends only")
                .register(meters);
    }

    private java.util.Optional<RuleSet> inForce() {
        return ruleSets.library().inForceOn(ruleSets.today());
    }

    @Override
    public Health health() {
        Health.Builder health;
        try {
            RuleSet rs = ruleSets.inForceOn(ruleSets.today());
            info.see(new uk.caredecisions.common.RuleSetRef(rs.version(), rs.sha256(), rs.effectiveFrom()));
            health = Health.up().withDetail("version", rs.version()).withDetail("sha256", rs.sha256())
                    .withDetail("calendarLastYear", WorkingDays.of(rs).lastCoveredYear());
        } catch (RuleSetUnavailableException e) {
            health = Health.down().withDetail("reason", e.getMessage());
        } catch (NoRuleSetInForceException e) {
            health = Health.outOfService().withDetail("reason", "no rule set in force today");
        }
        List<String> unavailable = ruleSets.restored().unavailable().stream().map(RestoredVersions.Unavailable::reason).sorted().toList();
        if (!unavailable.isEmpty()) {
            health.withDetail("unavailableVersions", unavailable);
        }
        List<String> skipped = ruleSets.restored().skipped().stream().map(s -> s.folder() + ": " + s.reason()).toList();
        if (!skipped.isEmpty()) {
            health.withDetail("skippedStoreFolders", skipped);
        }
        return health.build();
    }
}
