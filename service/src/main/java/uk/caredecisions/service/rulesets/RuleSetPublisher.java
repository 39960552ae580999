package uk.caredecisions.service.rulesets;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import uk.caredecisions.rulesets.WorkbookLimits;
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
        VersionName.check("version", version);
        EffectiveDates.check("effectiveFrom", effectiveFrom);
        if (ruleSets.knows(version)) {
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
            if (ruleSets.knows(version)) {
                throw new ConflictException("Version " + version + " was staged meanwhile.", List.of(new FieldError("version", "Already loaded.")));
            }
            ruleSets.library().stage(ruleSet);
            store.save(ruleSet, false);
        }
        LOG.info("Rule set {} staged (effective from {}, sha256 {}); {} accepted scenario difference(s)", version, effectiveFrom,
                ruleSet.sha256(), verdict.scenarios().differences().size());
        return new RuleSetViews.Staged(version, effectiveFrom, ruleSet.sha256(), RuleSetLibrary.Status.STAGED,
                verdict.validation(), verdict.scenarios(), impact);
    }

    /** Makes a staged version decide from its effective date, atomically. Activating an active version again changes nothing. */
    public synchronized RuleSetViews.Summary activate(String version) {
        RuleSetLibrary library = ruleSets.library();
        var restored = ruleSets.restored().dormant().stream().filter(d -> d.source().version().equals(version)).findFirst();
        if (restored.isPresent()) {
            return RuleSetViews.Summary.of(ruleSets.version(version).orElseThrow(), RuleSetLibrary.Status.SUPERSEDED);
        }
        RuleSetLibrary.Entry entry = library.entries().stream().filter(e -> e.ruleSet().version().equals(version)).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no rule set " + version + "; stage it first with POST /v1/rulesets."));
        if (!entry.published()) {
            library.publish(entry.ruleSet());
            store.markPublished(entry.ruleSet());
            LOG.info("Rule set {} activated: it decides from {}", version, entry.ruleSet().effectiveFrom());
        }
        return RuleSetViews.Summary.of(entry.ruleSet(), library.status(version, ruleSets.today()));
    }

    /**
     * A changed tables folder goes through the same gate and, if it passes, is published at once;
     * otherwise the problems are logged by cell and the old version keeps deciding.
     */
    public synchronized PublishGate.Verdict publishFolder(RuleSetSource source) {
        if (!VersionName.isSafe(source.version())) {
            LOG.warn("The tables folder's version is not a usable version name; nothing was published. Use letters, digits, dots, hyphens, underscores (at most 40)");
            return null;
        }
        try {
            EffectiveDates.check("effectiveFrom", source.effectiveFrom());
            properties.limits().workbookLimits().check(source);
        } catch (InvalidRequestException e) {
            LOG.warn("Rule set {} from the tables folder was refused: {}", source.version(), e.errors());
            return null;
        } catch (WorkbookLimits.Exceeded e) {
            LOG.warn("Rule set {} from the tables folder was refused, nothing was built: {}", source.version(), e.getMessage());
            return null;
        }
        if (ruleSets.knows(source.version())) {
            LOG.warn("The tables folder changed but its version {} is already loaded; bump the version in {} to publish the change",
                    source.version(), RuleSetSource.MANIFEST);
            return null;
        }
        PublishGate.Verdict verdict = gate.check(source, scenarios(), Set.of());
        if (verdict.passed()) {
            ruleSets.library().publish(verdict.ruleSet().get());
            store.save(verdict.ruleSet().get(), true);
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

    /**
     * Versions staged or activated before a restart come back as they were, each checked against
     * the sha256 recorded for its files. The version in force today and those scheduled are built
     * now; superseded ones are checked now and built when first asked for, the oldest beyond
     * {@code retain} deleted. A published version that cannot be restored is never stood in for:
     * any date it would decide is refused (and the service is not ready if that is today).
     */
    private void restore() {
        RuleSetStore.Contents contents = store.load();
        RestoredVersions restored = ruleSets.restored();
        contents.skipped().forEach(s -> LOG.error("Rule-set store {}: folder '{}' skipped: {}", properties.storeDir(), s.folder(), s.reason()));
        restored.skipped(contents.skipped());
        LocalDate today = ruleSets.today();
        List<StoredVersion> published = contents.versions().stream().filter(StoredVersion::published)
                .sorted(java.util.Comparator.comparing(StoredVersion::effectiveFrom)
                        .thenComparing(v -> v.publishedAt() == null ? java.time.Instant.EPOCH : v.publishedAt())
                        .thenComparing(StoredVersion::version))
                .toList();
        RuleSet bundled = ruleSets.library().inForceOn(today).orElse(null);
        // The version in force today among the bundled folder and the stored ones: the last stored one dated on or before today.
        int inForce = -1;
        for (int i = 0; i < published.size(); i++) {
            if (!published.get(i).effectiveFrom().isAfter(today)
                    && (bundled == null || !published.get(i).effectiveFrom().isBefore(bundled.effectiveFrom()))) {
                inForce = i;
            }
        }
        List<Integer> superseded = new java.util.ArrayList<>();
        for (int i = 0; i < published.size(); i++) {
            StoredVersion stored = published.get(i);
            if (i == inForce || stored.effectiveFrom().isAfter(today)) {
                restoreNow(stored, i, restored);
            } else {
                superseded.add(i);
            }
        }
        int prune = Math.max(0, superseded.size() - Math.max(0, properties.retain()));
        for (int k = 0; k < superseded.size(); k++) {
            StoredVersion stored = published.get(superseded.get(k));
            if (k < prune) {
                store.delete(stored.version());
                LOG.info("Rule set {} (superseded, effective from {}) deleted from the store: caredecisions.rulesets.retain keeps the newest {}",
                        stored.version(), stored.effectiveFrom(), properties.retain());
                continue;
            }
            try {
                restored.dormant(new RestoredVersions.Dormant(stored.verified(), stored.ruleSetSha256(), superseded.get(k)));
            } catch (StoredVersion.Tampered e) {
                LOG.error(e.getMessage());
                restored.unavailable(new RestoredVersions.Unavailable(stored.version(), stored.effectiveFrom(), superseded.get(k), e.getMessage()));
            }
        }
        for (StoredVersion stored : contents.versions()) {
            if (stored.published()) {
                continue;
            }
            try {
                ruleSets.library().stage(ruleSets.build(stored.verified()));
                LOG.info("Rule set {} restored from {} (staged)", stored.version(), properties.storeDir());
            } catch (RuntimeException e) {
                LOG.error("Staged rule set {} not restored: {}", stored.version(), e.getMessage());
            }
        }
    }

    private void restoreNow(StoredVersion stored, int order, RestoredVersions restored) {
        try {
            RuleSet ruleSet = ruleSets.build(stored.verified());
            ruleSets.library().publish(ruleSet);
            restored.eager(stored.version(), order);
            LOG.info("Rule set {} restored from {} (active from {})", ruleSet.version(), properties.storeDir(), ruleSet.effectiveFrom());
        } catch (RuntimeException e) {
            String reason = e instanceof StoredVersion.Tampered ? e.getMessage() : "Stored rule set " + stored.version() + " does not build: " + e.getMessage();
            LOG.error(reason);
            restored.unavailable(new RestoredVersions.Unavailable(stored.version(), stored.effectiveFrom(), order, reason));
        }
    }
}
