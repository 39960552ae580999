package uk.caredecisions.service.store;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import uk.caredecisions.common.FieldError;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.engine.RuleSetSource;
import uk.caredecisions.service.common.ConflictException;
import uk.caredecisions.service.common.StoreUnavailableException;
import uk.caredecisions.service.rulesets.StoredVersion;
import uk.caredecisions.service.rulesets.VersionStore;

/**
 * The rule-set store in PostgreSQL. A staging is one transaction (the version, all its workbooks
 * with their sha256, and the event, or nothing). Activations are serialised by a transaction-scoped
 * advisory lock: one is refused if another was recorded after the last change its replica applied,
 * so of two made at once one wins. Every change is an event with a number; replicas poll the
 * highest. The schema is migrated by Flyway on first use, so a database that is down at start-up
 * leaves the service running, not ready, until it is back.
 */
public class PostgresVersionStore implements VersionStore {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PostgresVersionStore.class);

    /** Any fixed number: the lock that serialises activations across replicas. */
    private static final long ACTIVATION_LOCK = 0x5243_4453L;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final TransactionTemplate snapshot;
    private final Clock clock;
    private final String description;
    private final LegacyFolder legacy;
    private volatile boolean migrated;

    /** An earlier release's store folder, imported on the first start against a database that has not seen it. */
    public record LegacyFolder(String name, Supplier<List<StoredVersion>> versions) {}

    public PostgresVersionStore(DataSource dataSource, Clock clock, String description, LegacyFolder legacy) {
        this.dataSource = dataSource;
        this.legacy = legacy;
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        // A replica's read of the store is one snapshot: under READ COMMITTED each query saw its own
        // moment, so an activation committed between reading the change number and reading the
        // versions was taken up while this replica believed it had seen less (its next activation
        // was then refused as "activated meanwhile").
        this.snapshot = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        snapshot.setIsolationLevel(org.springframework.transaction.TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
        this.clock = clock;
        this.description = description;
    }

    @Override
    public void save(RuleSet ruleSet, boolean published, String actor) {
        RuleSetSource source = ruleSet.source();
        guarded(() -> {
            try {
                transactions.executeWithoutResult(tx -> {
                    Instant now = clock.instant();
                    jdbc.update("INSERT INTO rule_set_version (version, effective_from, rule_set_sha256, published, published_at) VALUES (?, ?, ?, ?, ?)",
                            source.version(), source.effectiveFrom(), ruleSet.sha256(), published, published ? Timestamp.from(now) : null);
                    for (var workbook : source.workbooks().entrySet()) {
                        jdbc.update("INSERT INTO rule_set_workbook (version, name, content, sha256) VALUES (?, ?, ?, ?)",
                                source.version(), workbook.getKey(), workbook.getValue(), StoredVersion.sha256(workbook.getValue()));
                    }
                    event(source.version(), published ? "PUBLISHED" : "STAGED", actor, now, source.effectiveFrom());
                });
            } catch (DuplicateKeyException e) {
                throw new ConflictException("Version " + source.version() + " is already in the rule-set store; give the new rule set a new version.",
                        List.of(new FieldError("version", "Version " + source.version() + " is already in the store.")));
            }
            return null;
        });
    }

    @Override
    public void approve(String version, String actor) {
        guarded(() -> transactions.execute(tx -> {
            requireStaged(version);
            event(version, "APPROVED", actor, clock.instant(), null);
            return null;
        }));
    }

    @Override
    public long activate(RuleSet ruleSet, String actor, long seenHead) {
        String version = ruleSet.version();
        return guarded(() -> transactions.execute(tx -> {
            jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)", Object.class, ACTIVATION_LOCK);
            List<String> meanwhile = jdbc.queryForList("SELECT version FROM rule_set_event WHERE seq > ? AND action IN ('ACTIVATED', 'PUBLISHED') "
                    + "ORDER BY seq DESC LIMIT 1", String.class, seenHead);
            if (!meanwhile.isEmpty()) {
                throw new ActivatedMeanwhile(meanwhile.get(0));
            }
            requireStaged(version);
            Instant now = clock.instant();
            // The date it decides from is the one chosen at activation (the staged one unless another was given); the
            // workbooks, and so every sha256, are unchanged. Replicas and a restart read the date from here.
            jdbc.update("UPDATE rule_set_version SET published = TRUE, published_at = ?, effective_from = ? WHERE version = ?",
                    Timestamp.from(now), ruleSet.effectiveFrom(), version);
            return event(version, "ACTIVATED", actor, now, ruleSet.effectiveFrom());
        }));
    }

    private void requireStaged(String version) {
        List<Boolean> published = jdbc.queryForList("SELECT published FROM rule_set_version WHERE version = ? FOR UPDATE", Boolean.class, version);
        if (published.isEmpty()) {
            throw new ConflictException("Rule set " + version + " is not in the rule-set store.", List.of(new FieldError("version", "Not stored.")));
        }
        if (published.get(0)) {
            throw new ConflictException("Rule set " + version + " is already active.", List.of(new FieldError("version", "Already activated.")));
        }
    }

    private long event(String version, String action, String actor, Instant at, LocalDate effectiveFrom) {
        return jdbc.queryForObject("INSERT INTO rule_set_event (version, action, actor, at, effective_from) VALUES (?, ?, ?, ?, ?) RETURNING seq",
                Long.class, version, action, actor, Timestamp.from(at), effectiveFrom);
    }

    @Override
    public Contents load() {
        return guarded(() -> snapshot.execute(tx -> {
            long head = head0();
            Map<String, Map<String, byte[]>> files = new HashMap<>();
            Map<String, Map<String, String>> recorded = new HashMap<>();
            jdbc.query("SELECT version, name, content, sha256 FROM rule_set_workbook", rs -> {
                String v = rs.getString(1);
                files.computeIfAbsent(v, k -> new TreeMap<>()).put(rs.getString(2), rs.getBytes(3));
                recorded.computeIfAbsent(v, k -> new TreeMap<>()).put(rs.getString(2), rs.getString(4));
            });
            Map<String, StoredVersion.Provenance> provenance = provenance(history0());
            List<StoredVersion> versions = new ArrayList<>(jdbc.query(
                    "SELECT version, effective_from, rule_set_sha256, published, published_at FROM rule_set_version",
                    (rs, i) -> {
                        String v = rs.getString(1);
                        Timestamp at = rs.getTimestamp(5);
                        return new StoredVersion(v, rs.getObject(2, LocalDate.class), rs.getBoolean(4), at == null ? null : at.toInstant(),
                                rs.getString(3), files.getOrDefault(v, Map.of()), recorded.getOrDefault(v, Map.of()), provenance.get(v));
                    }));
            versions.sort(Comparator.comparing(StoredVersion::effectiveFrom));
            return new Contents(versions, List.of(), head);
        }));
    }

    @Override
    public long head() {
        return guarded(this::head0);
    }

    private long head0() {
        Long head = jdbc.queryForObject("SELECT coalesce(max(seq), 0) FROM rule_set_event", Long.class);
        return head == null ? 0 : head;
    }

    @Override
    public void delete(String version) {
        guarded(() -> jdbc.update("DELETE FROM rule_set_version WHERE version = ?", version));
    }

    @Override
    public List<Event> history() {
        return guarded(this::history0);
    }

    private List<Event> history0() {
        return jdbc.query("SELECT seq, version, action, actor, at, effective_from FROM rule_set_event ORDER BY seq",
                (rs, i) -> new Event(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(),
                        rs.getObject(6, LocalDate.class)));
    }

    private static Map<String, StoredVersion.Provenance> provenance(List<Event> events) {
        Map<String, StoredVersion.Provenance> out = new HashMap<>();
        for (Event e : events) {
            out.put(e.version(), out.getOrDefault(e.version(), StoredVersion.Provenance.UNKNOWN).and(e));
        }
        return out;
    }

    /** Imports an earlier release's store folder once: its versions, checked against their sha256, in one transaction. */
    int importFolder(String folder, List<StoredVersion> versions) {
        return transactions.execute(tx -> {
            Integer done = jdbc.queryForObject("SELECT count(*) FROM rule_set_folder_import WHERE folder = ?", Integer.class, folder);
            if (done != null && done > 0) {
                return -1;
            }
            int imported = 0;
            for (StoredVersion v : versions) {
                Integer exists = jdbc.queryForObject("SELECT count(*) FROM rule_set_version WHERE version = ?", Integer.class, v.version());
                if (exists != null && exists > 0) {
                    continue;
                }
                RuleSetSource checked;
                try {
                    checked = v.verified();
                } catch (StoredVersion.Tampered e) {
                    LOG.error("Not imported from {}: {}", folder, e.getMessage());
                    continue;
                }
                Instant at = v.publishedAt() != null ? v.publishedAt() : clock.instant();
                jdbc.update("INSERT INTO rule_set_version (version, effective_from, rule_set_sha256, published, published_at) VALUES (?, ?, ?, ?, ?)",
                        v.version(), v.effectiveFrom(), v.ruleSetSha256() == null ? "" : v.ruleSetSha256(), v.published(),
                        v.publishedAt() == null ? null : Timestamp.from(v.publishedAt()));
                for (var workbook : checked.workbooks().entrySet()) {
                    jdbc.update("INSERT INTO rule_set_workbook (version, name, content, sha256) VALUES (?, ?, ?, ?)",
                            v.version(), workbook.getKey(), workbook.getValue(), StoredVersion.sha256(workbook.getValue()));
                }
                event(v.version(), "IMPORTED", "folder-import", at, v.effectiveFrom());
                if (v.published()) {
                    event(v.version(), "ACTIVATED", v.provenance().activatedBy() == null ? "folder-import" : v.provenance().activatedBy(), at,
                            v.effectiveFrom());
                }
                imported++;
            }
            jdbc.update("INSERT INTO rule_set_folder_import (folder, versions, imported_at) VALUES (?, ?, ?)", folder, imported,
                    Timestamp.from(clock.instant()));
            return imported;
        });
    }

    @Override
    public String describe() {
        return description;
    }

    /** Runs {@code work} once the schema is migrated; an unreachable database is a {@link StoreUnavailableException}. */
    private <T> T guarded(Supplier<T> work) {
        try {
            migrate();
            return work.get();
        } catch (org.springframework.dao.DataAccessResourceFailureException | org.springframework.dao.TransientDataAccessException
                 | TransactionException | FlywayException e) {
            // As for receipts: only a database that cannot be reached is a 503; a refused statement is a fault.
            throw StoreUnavailableException.of("the rule-set store (" + description + ")", e);
        }
    }

    private void migrate() {
        if (!migrated) {
            synchronized (this) {
                if (!migrated) {
                    Schema.migrate(dataSource);
                    if (legacy != null) {
                        int imported = importFolder(legacy.name(), legacy.versions().get());
                        if (imported >= 0) {
                            LOG.info("Imported {} version(s) from the old store folder {} into the rule-set store; the folder is no longer written",
                                    imported, legacy.name());
                        }
                    }
                    migrated = true;
                }
            }
        }
    }

}
