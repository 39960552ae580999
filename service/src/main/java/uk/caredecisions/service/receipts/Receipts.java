package uk.caredecisions.service.receipts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import uk.caredecisions.service.common.StoreUnavailableException;
import uk.caredecisions.service.store.Schema;

/**
 * The receipts table: appending a batch to the chain (one transaction, serialised across replicas
 * by an advisory lock), reading one back, walking the chain to verify it, and purging past the
 * retention period while keeping the chain verifiable from the first receipt kept.
 */
@Component
class Receipts {

    private static final long CHAIN_LOCK = 0x5245_4350L;
    private static final String COLUMNS = "seq, decision_id, decision_type, decided_at, as_of, rule_set_version, rule_set_sha256, client, outcome, "
            + "request, response, previous_hash, hash";

    /** What a walk of the chain found: verified, or the first receipt where it breaks and why. */
    record Verification(boolean verified, long receipts, long purged, Long brokenAtSeq, String brokenDecisionId, String problem) {}

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Receipts(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.clock = clock;
    }

    void append(List<Receipt> batch) {
        guarded(() -> transactions.execute(tx -> {
            jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)", Object.class, CHAIN_LOCK);
            String previous = jdbc.queryForObject("SELECT head_hash FROM receipt_chain WHERE id = 1", String.class);
            List<Receipt> chained = new ArrayList<>(batch.size());
            for (Receipt r : batch) {
                Receipt next = r.chained(previous);
                chained.add(next);
                previous = next.hash();
            }
            jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Long>) connection -> ReceiptCopy.write(connection, chained));
            Long head = jdbc.queryForObject("SELECT max(seq) FROM decision_receipt", Long.class);
            jdbc.update("UPDATE receipt_chain SET head_seq = ?, head_hash = ?, written = written + ? WHERE id = 1", head, previous, batch.size());
            return null;
        }));
    }

    Optional<Receipt> byId(String decisionId) {
        return guarded(() -> jdbc.query("SELECT " + COLUMNS + " FROM decision_receipt WHERE decision_id = ?", Receipts::row, decisionId)
                .stream().findFirst());
    }

    /**
     * Every receipt of one case (each decision but a waiting-list review) of a type (all types when
     * null) with asOf in [from, to], in chain order, a page at a time.
     */
    void casePages(String type, LocalDate from, LocalDate to, int pageSize, Consumer<List<Receipt>> each) {
        long after = 0;
        while (true) {
            long since = after;
            List<Receipt> page = guarded(() -> jdbc.query("SELECT " + COLUMNS + " FROM decision_receipt WHERE seq > ? AND as_of BETWEEN ? AND ? "
                    + "AND decision_type <> 'WAITING_LIST' AND (?::text IS NULL OR decision_type = ?) ORDER BY seq LIMIT ?",
                    Receipts::row, since, from, to, type, type, pageSize));
            if (page.isEmpty()) {
                return;
            }
            each.accept(page);
            after = page.get(page.size() - 1).seq();
        }
    }

    /** How many receipts {@link #casePages} would give. */
    long countCases(String type, LocalDate from, LocalDate to) {
        return guarded(() -> jdbc.queryForObject("SELECT count(*) FROM decision_receipt WHERE as_of BETWEEN ? AND ? "
                + "AND decision_type <> 'WAITING_LIST' AND (?::text IS NULL OR decision_type = ?)", Long.class, from, to, type, type));
    }

    Verification verify() {
        return guarded(() -> {
            var chain = jdbc.queryForMap("SELECT head_seq, head_hash, written, purged_through_seq, purged_hash, purged FROM receipt_chain WHERE id = 1");
            String running = (String) chain.get("purged_hash");
            long after = ((Number) chain.get("purged_through_seq")).longValue();
            long count = 0;
            while (true) {
                List<Receipt> page = page(after);
                if (page.isEmpty()) {
                    break;
                }
                for (Receipt r : page) {
                    if (!r.previousHash().equals(running)) {
                        return new Verification(false, count, purged(chain), r.seq(), r.decisionId(),
                                "it does not follow the receipt before it: one was removed or altered before it");
                    }
                    String recomputed = r.chained(running).hash();
                    if (!recomputed.equals(r.hash())) {
                        return new Verification(false, count, purged(chain), r.seq(), r.decisionId(), "its content does not match its hash: it was altered");
                    }
                    running = r.hash();
                    count++;
                }
                after = page.get(page.size() - 1).seq();
            }
            long expected = ((Number) chain.get("written")).longValue() - purged(chain);
            if (!running.equals(chain.get("head_hash")) || count != expected) {
                return new Verification(false, count, purged(chain), null, null,
                        "the chain ends before the last receipt written (" + expected + " expected, " + count + " found): the newest were removed");
            }
            return new Verification(true, count, purged(chain), null, null, null);
        });
    }

    /**
     * The receipts after {@code seq}, in chain order: up to 5,000, and no more than about 16 MB of
     * requests and answers unless one receipt alone is more (a waiting list of 100,000 cases is
     * about 150 MB), so that a walk of the chain holds one page, not many such receipts at once.
     */
    private List<Receipt> page(long after) {
        List<long[]> sizes = jdbc.query("SELECT seq, octet_length(request) + octet_length(response) FROM decision_receipt WHERE seq > ? "
                + "ORDER BY seq LIMIT 5000", (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, after);
        if (sizes.isEmpty()) {
            return List.of();
        }
        long through = sizes.get(0)[0];
        long bytes = 0;
        for (long[] size : sizes) {
            if (bytes > 0 && bytes + size[1] > PAGE_BYTES) {
                break;
            }
            bytes += size[1];
            through = size[0];
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM decision_receipt WHERE seq > ? AND seq <= ? ORDER BY seq", Receipts::row, after, through);
    }

    private static final long PAGE_BYTES = 16L << 20;

    private static long purged(java.util.Map<String, Object> chain) {
        return ((Number) chain.get("purged")).longValue();
    }

    /** Removes receipts decided before {@code before}, oldest first, moving the chain's start to the last one removed. */
    int purge(Instant before) {
        return guarded(() -> transactions.execute(tx -> {
            jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)", Object.class, CHAIN_LOCK);
            List<Long> last = jdbc.queryForList("SELECT max(seq) FROM decision_receipt WHERE decided_at < ?", Long.class, Timestamp.from(before));
            if (last.isEmpty() || last.get(0) == null) {
                return 0;
            }
            long through = last.get(0);
            String hash = jdbc.queryForObject("SELECT hash FROM decision_receipt WHERE seq = ?", String.class, through);
            int removed = jdbc.update("DELETE FROM decision_receipt WHERE seq <= ?", through);
            jdbc.update("UPDATE receipt_chain SET purged_through_seq = ?, purged_hash = ?, purged = purged + ? WHERE id = 1", through, hash, removed);
            return removed;
        }));
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    Clock clock() {
        return clock;
    }

    private volatile boolean migrated;

    <T> T guarded(Supplier<T> work) {
        try {
            if (!migrated) {
                Schema.migrate(dataSource);
                migrated = true;
            }
            return work.get();
        } catch (org.springframework.dao.DataAccessResourceFailureException | org.springframework.dao.TransientDataAccessException
                 | TransactionException | org.flywaydb.core.api.FlywayException e) {
            // Only a database that cannot be reached is a 503; a query the database refuses is a fault (500), logged.
            throw StoreUnavailableException.of("the receipts database", e);
        }
    }


    private static Receipt row(ResultSet rs, int i) throws SQLException {
        return new Receipt(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getObject(5, LocalDate.class),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), text(rs, 10), text(rs, 11), rs.getString(12), rs.getString(13));
    }

    /** A text column's bytes as the driver has them (UTF-8, the connection's encoding), never decoded to a string. */
    private static JsonText text(ResultSet rs, int column) throws SQLException {
        return new JsonText(rs.getBytes(column));
    }
}
