package uk.caredecisions.service.rulesets;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** Ready only once a rule set is loaded and in force today. */
@Component("ruleSetHealthIndicator")
class RuleSetHealth implements HealthIndicator {

    private final RuleSets ruleSets;

    RuleSetHealth(RuleSets ruleSets) {
        this.ruleSets = ruleSets;
    }

    @Override
    public Health health() {
        return ruleSets.library().inForceOn(ruleSets.today())
                .map(rs -> Health.up().withDetail("version", rs.version()).withDetail("sha256", rs.sha256()).build())
                .orElseGet(() -> Health.outOfService().withDetail("reason", "no rule set in force today").build());
    }
}
