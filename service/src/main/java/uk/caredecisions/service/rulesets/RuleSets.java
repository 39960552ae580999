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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.caredecisions.engine.CompiledRuleSets;
import uk.caredecisions.engine.DecisionContext;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.engine.RuleSetBuilder;
import uk.caredecisions.engine.RuleSetSource;
import uk.caredecisions.rulesets.RuleSetLibrary;
import uk.caredecisions.service.common.NoRuleSetInForceException;
import uk.caredecisions.service.common.RuleSetUnavailableException;
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
    private final RestoredVersions restored = new RestoredVersions();
    private volatile String bundledVersion;
    private final RuleSetBuilder builder = new RuleSetBuilder();
    private final CompiledRuleSets compiled;
    private final RuleSetBuilder keeping;
    private final Clock clock;
    private final MeterRegistry meters;
    private final ServiceProperties properties;
    private CompletableFuture<EarlyRuleSetBuild.Built> bundled;
    private volatile boolean loaded;

    public RuleSets(ServiceProperties properties, MeterRegistry meters, Clock clock) {
        this(properties, meters, clock, CompiledRuleSets.none());
    }

    /** With {@code caredecisions.rulesets.compiled-dir} set, the rule sets that go live are kept compiled there for the next start. */
    @Autowired
    public RuleSets(ServiceProperties properties, MeterRegistry meters, Clock clock,
            @Value("${caredecisions.rulesets.compiled-dir:}") String compiledDir) {
        this(properties, meters, clock, EarlyRuleSetBuild.compiledRuleSets(compiledDir));
    }

    RuleSets(ServiceProperties properties, MeterRegistry meters, Clock clock, CompiledRuleSets compiled) {
        this.clock = clock;
        this.meters = meters;
        this.properties = properties;
        this.compiled = compiled;
        this.keeping = new RuleSetBuilder(compiled);
        this.bundled = EarlyRuleSetBuild.take(properties.tablesDir()).orElseGet(() -> EarlyRuleSetBuild.start(properties.tablesDir(), compiled));
    }

    /** Compiling rule sets to keep waits until the service is ready: it is never start-up's work. */
    @EventListener(ApplicationReadyEvent.class)
    public void ready() {
        compiled.startWriting();
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
            bundledVersion = built.ruleSet().version();
            bundled = null;
            loaded = true;
            LOG.info("Rule set {} from {} is live (built in {} ms)", built.ruleSet().version(),
                    properties.tablesDir().toAbsolutePath(), TimeUnit.NANOSECONDS.toMillis(built.nanos()));
        }
    }

    /** Builds a rule set and records how long it took: a candidate (a proposal, an upload's check), never kept compiled. */
    public RuleSet build(RuleSetSource source) {
        return build(source, builder);
    }

    /**
     * Builds a rule set that is staged, activated or restored from the store: loaded from the compiled
     * rule sets when it was kept there before, and kept there for the next start when it was not.
     */
    public RuleSet buildLive(RuleSetSource source) {
        return build(source, keeping);
    }

    /** Keeps a rule set that goes live, built by the publishing gate, compiled for the next start. */
    public void keepCompiled(RuleSet ruleSet) {
        keeping.keepCompiled(ruleSet);
    }

    private RuleSet build(RuleSetSource source, RuleSetBuilder with) {
        long started = System.nanoTime();
        RuleSet ruleSet = with.build(source);
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

    /** A loaded version by name; a superseded one restored from the store is built now if it never was. */
    public java.util.Optional<RuleSet> version(String version) {
        return library().version(version).or(() -> restored.version(version, this::buildLive));
    }

    /** Whether a version of this name is loaded, waits in the store to be built, or could not be restored. */
    public boolean knows(String version) {
        return library().version(version).isPresent() || restored.knows(version);
    }

    RestoredVersions restored() {
        return restored;
    }

    String bundledVersion() {
        library();
        return bundledVersion;
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
        return new DecisionContext(inForceOn(date), date, clock, () -> UUID.randomUUID().toString(), e -> { });
    }

    /**
     * The rule set that decides {@code date}: the loaded one, unless a version restored from the
     * store outranks it: then that one, built on first use, or a refusal naming it if it could not
     * be restored. Never another version in its place.
     */
    public RuleSet inForceOn(LocalDate date) {
        String awaiting = restored.awaitingStore();
        if (awaiting != null) {
            throw new RuleSetUnavailableException("Nothing is decided until the rule-set store has been read, so that no replica decides under "
                    + "a version that is no longer in force: " + awaiting);
        }
        RuleSet ruleSet = library().inForceOn(date).orElse(null);
        var other = restored.outranking(date, ruleSet, bundledVersion);
        if (other.isPresent()) {
            if (other.get() instanceof RestoredVersions.Unavailable u) {
                throw new RuleSetUnavailableException("Rule set " + u.version() + ", in force from " + u.effectiveFrom()
                        + ", cannot be used, so nothing is decided for " + date + ": " + u.reason());
            }
            ruleSet = restored.version(((RestoredVersions.Dormant) other.get()).source().version(), this::buildLive).orElseThrow();
        }
        if (ruleSet == null) {
            throw new NoRuleSetInForceException(date);
        }
        return ruleSet;
    }
}
