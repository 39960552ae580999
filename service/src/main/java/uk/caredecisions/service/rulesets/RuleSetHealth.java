package uk.caredecisions.service.rulesets;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import uk.caredecisions.calendar.WorkingDays;
import uk.caredecisions.engine.RuleSet;

/** Ready only once a rule set is loaded and in force today; says how far its bank-holiday calendar runs. */
@Component("ruleSetHealthIndicator")
class RuleSetHealth implements HealthIndicator {

    private final RuleSets ruleSets;

    RuleSetHealth(RuleSets ruleSets, MeterRegistry meters) {
        this.ruleSets = ruleSets;
        Gauge.builder("calendar.last.covered.year", this, h -> h.inForce().map(rs -> (double) WorkingDays.of(rs).lastCoveredYear()).orElse(Double.NaN))
                .description("The last year whose bank holidays the rule set in force today lists; deadlines after it skip weekends only")
                .register(meters);
    }

    private java.util.Optional<RuleSet> inForce() {
        return ruleSets.library().inForceOn(ruleSets.today());
    }

    @Override
    public Health health() {
        return inForce()
                .map(rs -> Health.up().withDetail("version", rs.version()).withDetail("sha256", rs.sha256())
                        .withDetail("calendarLastYear", WorkingDays.of(rs).lastCoveredYear()).build())
                .orElseGet(() -> Health.outOfService().withDetail("reason", "no rule set in force today").build());
    }
}
