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
    /** Who staged, approved and activated what: one line each, names only, never a workbook's content. */
    private static final Logger AUDIT = LoggerFactory.getLogger("uk.caredecisions.audit");

    private final RuleSets ruleSets;
    private final RuleSetProperties properties;
    private final VersionStore store;
    private final RuleSetValidator validator;
    private final PublishGate gate;
    /** The last store change applied to this replica's library. */
    private long seenHead;

    /** With the folder store at {@code caredecisions.rulesets.store-dir}: the restart tests' form. */
    public RuleSetPublisher(RuleSets ruleSets, RuleSetProperties properties) {
        this(ruleSets, properties, new RuleSetStore(properties.storeDir(), ruleSets.clock()));
    }

    @org.springframework.beans.factory.annotation.Autowired
    public RuleSetPublisher(RuleSets ruleSets, RuleSetProperties properties, VersionStore store) {
        this.ruleSets = ruleSets;
        this.properties = properties;
        this.store = store;
        this.validator = new RuleSetValidator(ruleSets.builder());
        this.gate = new PublishGate(validator);
        ruleSets.restored().awaitingStore("the rule-set store (" + store.describe() + ") has not been read yet.");
        try {
            refresh();
        } catch (uk.caredecisions.service.common.StoreUnavailableException e) {
            // Logged by refresh; the store's poll tries again, and the service is not ready until then.
        }
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

    public RuleSetViews.Staged stage(String version, LocalDate effectiveFrom, Map<String, byte[]> workbooks, Set<String> acceptedScenarios) {
        return stage(version, effectiveFrom, workbooks, acceptedScenarios, null);
    }

    /**
     * Builds a new version from the live workbooks plus {@code workbooks}, and stages it if it passes
     * the gate. The store is written first, in one transaction: if it cannot be, nothing is staged.
     */
    public RuleSetViews.Staged stage(String version, LocalDate effectiveFrom, Map<String, byte[]> workbooks, Set<String> acceptedScenarios,
                                     String actor) {
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
            store.save(ruleSet, false, who(actor));
            ruleSets.library().stage(ruleSet);
        }
        ruleSets.keepCompiled(ruleSet);
        LOG.info("Rule set {} staged (effective from {}, sha256 {}); {} accepted scenario difference(s)", version, effectiveFrom,
                ruleSet.sha256(), verdict.scenarios().differences().size());
        AUDIT.info("STAGED rule set {} (effective from {}, sha256 {}) by {}; accepted scenarios {}", version, effectiveFrom, ruleSet.sha256(),
                who(actor), new java.util.TreeSet<>(acceptedScenarios));
        return new RuleSetViews.Staged(version, effectiveFrom, ruleSet.sha256(), RuleSetLibrary.Status.STAGED,
                verdict.validation(), verdict.scenarios(), impact);
    }

    public RuleSetViews.Summary activate(String version) {
        return activate(version, null);
    }

    public RuleSetViews.Summary activate(String version, String actor) {
        return activate(version, actor, null);
    }

    /**
     * Makes a staged version decide from its effective date, atomically: the one it was staged with,
     * or {@code from} when given (today or later, within {@link EffectiveDates}; a 400 naming
     * effectiveFrom otherwise). Activating an active version again changes nothing; asking it to
     * decide from another date then is a 409. The activation, with its date, is recorded in the
     * store before this replica's library swaps, so every replica takes it up from there; one made
     * without having seen another that was recorded meanwhile is refused with a 409, and this
     * replica catches up.
     */
    public synchronized RuleSetViews.Summary activate(String version, String actor, LocalDate from) {
        if (from != null) {
            EffectiveDates.check("effectiveFrom", from);
            EffectiveDates.notBefore("effectiveFrom", from, ruleSets.today());
        }
        RuleSetLibrary library = ruleSets.library();
        var restored = ruleSets.restored().dormant().stream().filter(d -> d.source().version().equals(version)).findFirst();
        if (restored.isPresent()) {
            return RuleSetViews.Summary.of(ruleSets.version(version).orElseThrow(), RuleSetLibrary.Status.SUPERSEDED);
        }
        RuleSetLibrary.Entry entry = library.entries().stream().filter(e -> e.ruleSet().version().equals(version)).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no rule set " + version + "; stage it first with POST /v1/rulesets."));
        if (entry.published() && from != null && !from.equals(entry.ruleSet().effectiveFrom())) {
            throw new ConflictException("Rule set " + version + " is already active, deciding from " + entry.ruleSet().effectiveFrom()
                    + "; its date cannot be changed now. Stage a new version to decide from " + from + ".",
                    List.of(new FieldError("effectiveFrom", "Already active from " + entry.ruleSet().effectiveFrom() + ".")));
        }
        RuleSet ruleSet = from == null ? entry.ruleSet() : entry.ruleSet().decidingFrom(from);
        if (!entry.published()) {
            if (properties.requireSecondApprover()) {
                requireApproval(version, actor);
            }
            try {
                seenHead = Math.max(seenHead, store.activate(ruleSet, who(actor), seenHead));
            } catch (VersionStore.ActivatedMeanwhile e) {
                refresh();
                throw new ConflictException(e.getMessage() + " Nothing was changed; look at the rule sets now in force and activate again if still wanted.",
                        List.of(new FieldError("version", e.getMessage())));
            }
            library.publish(ruleSet);
            LOG.info("Rule set {} activated: it decides from {}", version, ruleSet.effectiveFrom());
            AUDIT.info("ACTIVATED rule set {} (effective from {}{}, sha256 {}) by {}", version, ruleSet.effectiveFrom(),
                    ruleSet.effectiveFrom().equals(entry.ruleSet().effectiveFrom()) ? "" : ", chosen at activation; staged for " + entry.ruleSet().effectiveFrom(),
                    ruleSet.sha256(), who(actor));
            return RuleSetViews.Summary.of(ruleSet, library.status(version, ruleSets.today()));
        }
        return RuleSetViews.Summary.of(entry.ruleSet(), library.status(version, ruleSets.today()));
    }

    /**
     * A second practice lead's approval of a staged version, needed before it is activated when
     * {@code caredecisions.rulesets.require-second-approver} is on. The one who staged it cannot approve it.
     */
    public synchronized RuleSetViews.Approval approve(String version, String actor) {
        RuleSetLibrary.Entry entry = ruleSets.library().entries().stream().filter(e -> e.ruleSet().version().equals(version)).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no staged rule set " + version + "."));
        if (entry.published()) {
            throw new ConflictException("Rule set " + version + " is already active; there is nothing to approve.",
                    List.of(new FieldError("version", "Already activated.")));
        }
        StoredVersion.Provenance provenance = provenance(version);
        if (provenance.stagedBy() != null && provenance.stagedBy().equals(actor)) {
            throw new SelfApprovalException(version, actor);
        }
        store.approve(version, who(actor));
        AUDIT.info("APPROVED rule set {} (sha256 {}) by {}; staged by {}", version, entry.ruleSet().sha256(), who(actor), provenance.stagedBy());
        return new RuleSetViews.Approval(version, who(actor), ruleSets.clock().instant(), provenance.stagedBy());
    }

    private void requireApproval(String version, String actor) {
        StoredVersion.Provenance provenance = provenance(version);
        if (provenance.approvedBy() == null) {
            throw new ConflictException("Rule set " + version + " needs a second practice lead's approval before it is activated "
                    + "(caredecisions.rulesets.require-second-approver is on); ask another practice lead to approve it.",
                    List.of(new FieldError("version", "Not approved yet.")));
        }
    }

    /** Who staged, approved and activated a version, from the store. */
    public StoredVersion.Provenance provenance(String version) {
        StoredVersion.Provenance p = provenanceFromStore().get(version);
        return p == null ? StoredVersion.Provenance.UNKNOWN : p;
    }

    /** Who staged, approved and activated each stored version, from the store's history (no workbook is read). */
    public Map<String, StoredVersion.Provenance> provenanceOfAll() {
        try {
            return provenanceFromStore();
        } catch (uk.caredecisions.service.common.StoreUnavailableException e) {
            // The listing still answers from what is loaded; who did what shows again once the store is back.
            return Map.of();
        }
    }

    private Map<String, StoredVersion.Provenance> provenanceFromStore() {
        Map<String, StoredVersion.Provenance> out = new java.util.HashMap<>();
        for (VersionStore.Event e : store.history()) {
            out.put(e.version(), out.getOrDefault(e.version(), StoredVersion.Provenance.UNKNOWN).and(e));
        }
        return out;
    }

    /** Everything done to every version, oldest first, from the store. */
    public List<VersionStore.Event> history() {
        return store.history();
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
            store.save(verdict.ruleSet().get(), true, "tables-folder");
            ruleSets.library().publish(verdict.ruleSet().get());
            ruleSets.keepCompiled(verdict.ruleSet().get());
            LOG.info("Rule set {} from the tables folder passed the gate and is published", source.version());
            AUDIT.info("PUBLISHED rule set {} (sha256 {}) from the tables folder", source.version(), verdict.ruleSet().get().sha256());
        } else {
            LOG.warn("Rule set {} from the tables folder was refused; the current version keeps deciding. {} problem(s):",
                    source.version(), verdict.refusals().size());
            verdict.refusals().forEach(p -> LOG.warn("  {} [{}] {}", p.location(), p.check(), p.message()));
        }
        return verdict;
    }

    /**
     * Takes up what the store holds that this replica has not applied: on the first call everything
     * (the restore), after that versions staged or activated through another replica, each built
     * from its checked, sha256-verified content. Called at start-up and by the store's poll; while
     * the store is unreachable it changes nothing and says so.
     *
     * @return how many versions changed here
     */
    public synchronized int refresh() {
        String awaiting = ruleSets.restored().awaitingStore();
        try {
            if (awaiting != null) {
                VersionStore.Contents contents = store.load();
                restore(contents);
                seenHead = contents.head();
                ruleSets.restored().awaitingStore(null);
                LOG.info("Rule-set store {} read: {} version(s), change {}", store.describe(), contents.versions().size(), contents.head());
                return contents.versions().size();
            }
            if (store.head() <= seenHead) {
                return 0;
            }
            VersionStore.Contents contents = store.load();
            int changed = takeUp(contents);
            seenHead = contents.head();
            return changed;
        } catch (uk.caredecisions.service.common.StoreUnavailableException e) {
            if (awaiting != null) {
                LOG.error("The rule-set store ({}) cannot be reached, so this replica is not ready and decides nothing until it can: {}",
                        store.describe(), e.getMessage());
            }
            throw e;
        }
    }

    /** The store's change number this replica has applied. */
    public synchronized long seenHead() {
        return seenHead;
    }

    private int takeUp(VersionStore.Contents contents) {
        RuleSetLibrary library = ruleSets.library();
        int changed = 0;
        List<StoredVersion> inOrder = contents.versions().stream()
                .sorted(java.util.Comparator.comparing((StoredVersion v) -> v.publishedAt() == null ? java.time.Instant.MAX : v.publishedAt())
                        .thenComparing(StoredVersion::version))
                .toList();
        for (StoredVersion stored : inOrder) {
            var entry = library.entries().stream().filter(e -> e.ruleSet().version().equals(stored.version())).findFirst();
            if (entry.isPresent() && (entry.get().published() || !stored.published())) {
                continue;
            }
            if (entry.isEmpty() && ruleSets.restored().knows(stored.version())) {
                continue;
            }
            try {
                // Staged here with its staged date: it decides from the date recorded at activation, which may be another.
                RuleSet ruleSet = entry.map(e -> e.ruleSet().decidingFrom(stored.effectiveFrom())).orElseGet(() -> ruleSets.buildLive(stored.verified()));
                if (stored.published()) {
                    library.publish(ruleSet);
                    LOG.info("Rule set {} activated through another replica: it decides from {} here too", stored.version(), stored.effectiveFrom());
                } else {
                    library.stage(ruleSet);
                    LOG.info("Rule set {} staged through another replica", stored.version());
                }
                changed++;
            } catch (RuntimeException e) {
                String reason = e instanceof StoredVersion.Tampered ? e.getMessage() : "Stored rule set " + stored.version() + " does not build: " + e.getMessage();
                LOG.error(reason);
                if (stored.published()) {
                    ruleSets.restored().unavailable(new RestoredVersions.Unavailable(stored.version(), stored.effectiveFrom(), Integer.MAX_VALUE, reason));
                }
            }
        }
        return changed;
    }

    private static String who(String actor) {
        return actor == null || actor.isBlank() ? "unknown" : actor;
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
    private void restore(VersionStore.Contents contents) {
        RestoredVersions restored = ruleSets.restored();
        contents.skipped().forEach(s -> LOG.error("Rule-set store {}: '{}' skipped: {}", store.describe(), s.folder(), s.reason()));
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
                ruleSets.library().stage(ruleSets.buildLive(stored.verified()));
                LOG.info("Rule set {} restored from {} (staged)", stored.version(), store.describe());
            } catch (RuntimeException e) {
                LOG.error("Staged rule set {} not restored: {}", stored.version(), e.getMessage());
            }
        }
    }

    private void restoreNow(StoredVersion stored, int order, RestoredVersions restored) {
        try {
            RuleSet ruleSet = ruleSets.buildLive(stored.verified());
            ruleSets.library().publish(ruleSet);
            restored.eager(stored.version(), order);
            LOG.info("Rule set {} restored from {} (active from {})", ruleSet.version(), store.describe(), ruleSet.effectiveFrom());
        } catch (RuntimeException e) {
            String reason = e instanceof StoredVersion.Tampered ? e.getMessage() : "Stored rule set " + stored.version() + " does not build: " + e.getMessage();
            LOG.error(reason);
            restored.unavailable(new RestoredVersions.Unavailable(stored.version(), stored.effectiveFrom(), order, reason));
        }
    }
}
