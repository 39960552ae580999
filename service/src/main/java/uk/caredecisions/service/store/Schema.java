package uk.caredecisions.service.store;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The one database's schema (rule-set store and receipts), migrated by Flyway on first contact
 * rather than at start-up, so a database that is down when the service starts does not stop it.
 */
public final class Schema {

    private static final Set<DataSource> MIGRATED = ConcurrentHashMap.newKeySet();

    private Schema() {}

    /** Migrates once per data source; throws Flyway's exception while the database cannot be reached. */
    public static void migrate(DataSource dataSource) {
        if (MIGRATED.contains(dataSource)) {
            return;
        }
        synchronized (Schema.class) {
            if (!MIGRATED.contains(dataSource)) {
                Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
                MIGRATED.add(dataSource);
            }
        }
    }
}
