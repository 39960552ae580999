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
@Component("ruleSetHealthIndicator")
class RuleSetHealth implements HealthIndicator {

    private final RuleSets ruleSets;

    RuleSetHealth(RuleSets ruleSets) {
        this.ruleSets = ruleSets;
    }

    @Override
    public Health health() {
        Health.Builder health;
        try {
            RuleSet rs = ruleSets.inForceOn(ruleSets.today());
            health = Health.up().withDetail("version", rs.version()).withDetail("sha256", rs.sha256());
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
