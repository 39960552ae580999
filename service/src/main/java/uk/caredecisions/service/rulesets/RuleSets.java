package uk.caredecisions.service.rulesets;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
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
 *
 * <p>The build runs alongside Spring's start-up ({@link EarlyRuleSetBuild}) and is awaited once
 * every bean exists, before the web server takes requests. Build times are recorded as the timer
 * {@code ruleset.build} (tagged with the version), for start-up and for any later build made
 * through {@link #build(RuleSetSource)}.
 */
@Component
public class RuleSets implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(RuleSets.class);

    private final RuleSetLibrary library = new RuleSetLibrary();
    private final RuleSetBuilder builder = new RuleSetBuilder();
    private final Clock clock;
    private final MeterRegistry meters;
    private final ServiceProperties properties;
    private CompletableFuture<EarlyRuleSetBuild.Built> bundled;
    private volatile boolean loaded;

    public RuleSets(ServiceProperties properties, MeterRegistry meters, Clock clock) {
        this.clock = clock;
        this.meters = meters;
        this.properties = properties;
        this.bundled = EarlyRuleSetBuild.take(properties.tablesDir()).orElseGet(() -> EarlyRuleSetBuild.start(properties.tablesDir()));
    }

    @Override
    public void afterSingletonsInstantiated() {
        awaitBundled();
    }

    private void awaitBundled() {
        if (loaded) {
            return;
        }
        synchronized (this) {
            if (loaded) {
                return;
            }
            EarlyRuleSetBuild.Built built;
            try {
                built = bundled.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
            record(built.ruleSet(), built.nanos());
            library.publish(built.ruleSet());
            bundled = null;
            loaded = true;
            LOG.info("Rule set {} from {} is live (built in {} ms)", built.ruleSet().version(),
                    properties.tablesDir().toAbsolutePath(), TimeUnit.NANOSECONDS.toMillis(built.nanos()));
        }
    }

    /** Builds a rule set and records how long it took. */
    public RuleSet build(RuleSetSource source) {
        long started = System.nanoTime();
        RuleSet ruleSet = builder.build(source);
        record(ruleSet, System.nanoTime() - started);
        return ruleSet;
    }

    private void record(RuleSet ruleSet, long nanos) {
        Timer.builder("ruleset.build").description("Time to read, check and compile a rule set into a knowledge base")
                .tag("version", ruleSet.version()).register(meters).record(nanos, TimeUnit.NANOSECONDS);
    }

    public RuleSetLibrary library() {
        awaitBundled();
        return library;
    }

    public RuleSetBuilder builder() {
        return builder;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Clock clock() {
        return clock;
    }

    /** The rule set in force on {@code asOf} (today when null), with the context a decision needs. */
    public DecisionContext contextFor(LocalDate asOf) {
        LocalDate date = asOf == null ? today() : asOf;
        RuleSet ruleSet = library().inForceOn(date).orElseThrow(() -> new NoRuleSetInForceException(date));
        return new DecisionContext(ruleSet, date, clock, () -> UUID.randomUUID().toString(), e -> { });
    }
}
