package uk.caredecisions.service.rulesets;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import uk.caredecisions.common.RuleSetRef;

/**
 * {@code ruleset_info{version,sha256,effective_from}}: 1 for the rule set in force today, 0 for
 * every other version this instance has loaded, so a dashboard shows which policy each replica
 * decides under and when it changed. A version is shown from the first time it decides or the
 * readiness check sees it in force.
 */
@Component
public class RuleSetInfo {

    private final RuleSets ruleSets;
    private final MeterRegistry meters;
    private final Set<String> shown = ConcurrentHashMap.newKeySet();

    public RuleSetInfo(RuleSets ruleSets, MeterRegistry meters) {
        this.ruleSets = ruleSets;
        this.meters = meters;
    }

    public void see(RuleSetRef ruleSet) {
        if (shown.add(ruleSet.version())) {
            String version = ruleSet.version();
            Gauge.builder("ruleset.info", this, info -> info.inForce(version) ? 1 : 0)
                    .description("The rule set in force today (1) and the other loaded versions (0)")
                    .tag("version", version).tag("sha256", ruleSet.sha256())
                    .tag("effective_from", String.valueOf(ruleSet.effectiveFrom()))
                    .register(meters);
        }
    }

    private boolean inForce(String version) {
        try {
            return ruleSets.library().inForceOn(ruleSets.today()).map(rs -> rs.version().equals(version)).orElse(false);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
