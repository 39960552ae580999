package uk.caredecisions.service.store;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rule-set store's settings ({@code caredecisions.store.*}). The database itself is
 * {@code spring.datasource.*}; left unset, an embedded PostgreSQL is started.
 *
 * @param embedded the embedded PostgreSQL used when no {@code spring.datasource.url} is set
 * @param poll how often each replica asks the store for changes made through another replica
 */
@ConfigurationProperties(prefix = "caredecisions.store")
public record StoreProperties(@DefaultValue Embedded embedded, @DefaultValue("1s") Duration poll) {

    /**
     * @param dataDir its data folder, kept between starts (git-ignored {@code var/})
     * @param port its port on localhost (0 for any free port)
     * @param temporary a fresh, throw-away database (the tests' setting): the data folder is ignored
     */
    public record Embedded(@DefaultValue("var/postgres") String dataDir, @DefaultValue("54329") int port,
                           @DefaultValue("false") boolean temporary) {}
}
