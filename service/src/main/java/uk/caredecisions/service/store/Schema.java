package uk.caredecisions.service.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The one database's schema (rule-set store and receipts), migrated by Flyway on first contact
 * rather than at start-up, so a database that is down when the service starts does not stop it.
 * Each user of the database calls it once, before its first query.
 */
public final class Schema {

    private Schema() {}

    /** Migrates (Flyway does nothing when the schema is current); throws Flyway's exception while the database cannot be reached. */
    public static synchronized void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }
}
