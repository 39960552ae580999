package uk.caredecisions.service.rulesets;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.caredecisions.common.FieldError;
import uk.caredecisions.common.InvalidRequestException;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.engine.RuleSetException;
import uk.caredecisions.engine.RuleSetSource;
import uk.caredecisions.rulesets.PublishGate;
import uk.caredecisions.rulesets.RuleSetLibrary;
import uk.caredecisions.rulesets.RuleSetValidator;
import uk.caredecisions.rulesets.ValidationReport;
import uk.caredecisions.scenarios.Scenario;
import uk.caredecisions.scenarios.Impact;
import uk.caredecisions.scenarios.ImpactReport;
import uk.caredecisions.scenarios.ScenarioLibrary;
import uk.caredecisions.service.common.ConflictException;
import uk.caredecisions.service.common.NotFoundException;

/**
 * Validates, stages and activates rule sets. A new version is built from the live workbooks with
 * the uploaded ones replacing or added on top; it is staged only if it passes the
 * {@link PublishGate}, and decides only once activated, in one atomic swap of the library
 * snapshot: a decision already running finishes under the version it started with.
 */
@Component
public class RuleSetPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(RuleSetPublisher.class);
    /** Versions name store folders, so they are kept to safe characters. */
    static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final RuleSets ruleSets;
    private final RuleSetProperties properties;
    private final RuleSetStore store;
    private final RuleSetValidator validator;
    private final PublishGate gate;

    public RuleSetPublisher(RuleSets ruleSets, RuleSetProperties properties) {
        this.ruleSets = ruleSets;
        this.properties = properties;
        this.store = new RuleSetStore(properties.storeDir(), ruleSets.clock());
        this.validator = new RuleSetValidator(ruleSets.builder());
        this.gate = new PublishGate(validator);
        restore();
    }

    /** Validates workbooks on top of the live rule set; nothing is changed. */
    public ValidationReport validate(Map<String, byte[]> workbooks) {
        RuleSet live = live();
        RuleSetSource source = live.source().as(live.version() + "+upload", live.effectiveFrom());
        for (var upload : workbooks.entrySet()) {
            source = source.withWorkbook(upload.getKey(), upload.getValue());
        }
        return validator.validate(source);
    }

    /** Validates a complete rule set (a bundle); nothing is changed. */
    public ValidationReport validate(RuleSetSource complete) {
        return validator.validate(complete);
    }

    /** Builds a new version from the live workbooks plus {@code workbooks}, and stages it if it passes the gate. */
    public RuleSetViews.Staged stage(String version, LocalDate effectiveFrom, Map<String, byte[]> workbooks, Set<String> acceptedScenarios) {
        if (version == null || !VERSION.matcher(version).matches()) {
            throw new InvalidRequestException(List.of(new FieldError("version",
                    "Give a version of letters, digits, dots, hyphens or underscores (at most 64), like 2026.12.1.")));
        }
        if (ruleSets.library().version(version).isPresent()) {
            throw new ConflictException("Version " + version + " is already loaded; give the new rule set a new version.",
                    List.of(new FieldError("version", "Version " + version + " is already loaded.")));
        }
        RuleSet live = live();
        RuleSetSource source = live.source().as(version, effectiveFrom);
        for (var upload : workbooks.entrySet()) {
            source = source.withWorkbook(upload.getKey(), upload.getValue());
        }
        List<Scenario> library = scenarios();
        PublishGate.Verdict verdict = gate.check(source, library, acceptedScenarios);
        if (!verdict.passed()) {
            throw new RuleSetRejectedException(verdict);
        }
        RuleSet ruleSet = verdict.ruleSet().get();
        ImpactReport impact = new Impact().compare(library, live, ruleSet);
        synchronized (this) {
            if (ruleSets.library().version(version).isPresent()) {
                throw new ConflictException("Version " + version + " was staged meanwhile.", List.of(new FieldError("version", "Already loaded.")));
            }
            ruleSets.library().stage(ruleSet);
            store.save(source, false);
        }
        LOG.info("Rule set {} staged (effective from {}, sha256 {}); {} accepted scenario difference(s)", version, effectiveFrom,
                ruleSet.sha256(), verdict.scenarios().differences().size());
        return new RuleSetViews.Staged(version, effectiveFrom, ruleSet.sha256(), RuleSetLibrary.Status.STAGED,
                verdict.validation(), verdict.scenarios(), impact);
    }

    /** Makes a staged version decide from its effective date, atomically. Activating an active version again changes nothing. */
    public synchronized RuleSetViews.Summary activate(String version) {
        RuleSetLibrary library = ruleSets.library();
        RuleSetLibrary.Entry entry = library.entries().stream().filter(e -> e.ruleSet().version().equals(version)).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no rule set " + version + "; stage it first with POST /v1/rulesets."));
        if (!entry.published()) {
            library.publish(entry.ruleSet());
            store.markPublished(entry.ruleSet().source());
            LOG.info("Rule set {} activated: it decides from {}", version, entry.ruleSet().effectiveFrom());
        }
        return RuleSetViews.Summary.of(entry.ruleSet(), library.status(version, ruleSets.today()));
    }

    /**
     * A changed tables folder goes through the same gate and, if it passes, is published at once;
     * otherwise the problems are logged by cell and the old version keeps deciding.
     */
    public synchronized PublishGate.Verdict publishFolder(RuleSetSource source) {
        var loaded = ruleSets.library().version(source.version());
        if (loaded.isPresent()) {
            LOG.warn("The tables folder changed but its version {} is already loaded; bump the version in {} to publish the change",
                    source.version(), RuleSetSource.MANIFEST);
            return null;
        }
        PublishGate.Verdict verdict = gate.check(source, scenarios(), Set.of());
        if (verdict.passed()) {
            ruleSets.library().publish(verdict.ruleSet().get());
            store.save(source, true);
            LOG.info("Rule set {} from the tables folder passed the gate and is published", source.version());
        } else {
            LOG.warn("Rule set {} from the tables folder was refused; the current version keeps deciding. {} problem(s):",
                    source.version(), verdict.refusals().size());
            verdict.refusals().forEach(p -> LOG.warn("  {} [{}] {}", p.location(), p.check(), p.message()));
        }
        return verdict;
    }

    private RuleSet live() {
        return ruleSets.contextFor(null).ruleSet();
    }

    private List<Scenario> scenarios() {
        if (!Files.isDirectory(properties.scenariosDir())) {
            return List.of();
        }
        try {
            return ScenarioLibrary.load(properties.scenariosDir()).scenarios();
        } catch (RuntimeException e) {
            // Without the library the gate cannot be passed: refuse rather than publish untested.
            throw new ConflictException("The scenario library cannot be read, so no rule set can pass the publish gate: " + e.getMessage(),
                    List.of(new FieldError("scenarios", String.valueOf(e.getMessage()))));
        }
    }

    /** Versions staged or activated before a restart come back as they were. */
    private void restore() {
        for (RuleSetStore.Stored stored : store.load()) {
            try {
                RuleSet ruleSet = ruleSets.build(stored.source());
                if (stored.published()) {
                    ruleSets.library().publish(ruleSet);
                } else {
                    ruleSets.library().stage(ruleSet);
                }
                LOG.info("Rule set {} restored from {} ({})", ruleSet.version(), properties.storeDir(), stored.published() ? "active" : "staged");
            } catch (RuleSetException | IllegalArgumentException e) {
                LOG.warn("Stored rule set {} not restored: {}", stored.source().version(), e.getMessage());
            }
        }
    }
}
