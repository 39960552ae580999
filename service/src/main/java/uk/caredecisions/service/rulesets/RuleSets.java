package uk.caredecisions.service.rulesets;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.caredecisions.engine.DecisionContext;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.engine.RuleSetBuilder;
import uk.caredecisions.engine.RuleSetSource;
import uk.caredecisions.rulesets.RuleSetLibrary;
import uk.caredecisions.service.common.NoRuleSetInForceException;
import uk.caredecisions.service.common.ServiceProperties;

/**
 * The rule sets this service decides with. The bundled folder is built and published at start-up,
 * before the service reports ready; an invalid folder stops start-up with the problems listed.
 */
@Component
public class RuleSets {

    private static final Logger LOG = LoggerFactory.getLogger(RuleSets.class);

    private final RuleSetLibrary library = new RuleSetLibrary();
    private final RuleSetBuilder builder = new RuleSetBuilder();
    private final ZoneId zone;

    public RuleSets(ServiceProperties properties) {
        this.zone = ZoneId.of(properties.zone());
        Path tables = properties.tablesDir();
        RuleSet bundled = builder.build(RuleSetSource.fromDirectory(tables));
        library.publish(bundled);
        LOG.info("Rule set {} from {} is live", bundled.version(), tables.toAbsolutePath());
    }

    public RuleSetLibrary library() {
        return library;
    }

    public RuleSetBuilder builder() {
        return builder;
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    /** The rule set in force on {@code asOf} (today when null), with the context a decision needs. */
    public DecisionContext contextFor(LocalDate asOf) {
        LocalDate date = asOf == null ? today() : asOf;
        RuleSet ruleSet = library.inForceOn(date).orElseThrow(() -> new NoRuleSetInForceException(date));
        return DecisionContext.of(ruleSet, date);
    }
}
