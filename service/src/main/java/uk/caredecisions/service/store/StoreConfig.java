package uk.caredecisions.service.store;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.caredecisions.service.rulesets.RuleSetProperties;
import uk.caredecisions.service.rulesets.RuleSetStore;
import uk.caredecisions.service.rulesets.VersionStore;

/** The rule-set store every replica shares: PostgreSQL, external or embedded. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StoreProperties.class)
class StoreConfig {

    @Bean
    VersionStore versionStore(DataSource dataSource, Clock clock, RuleSetProperties ruleSets, ObjectProvider<EmbeddedPostgresServer> embedded,
                              org.springframework.core.env.Environment env) {
        EmbeddedPostgresServer server = embedded.getIfAvailable();
        String description = server != null ? "embedded PostgreSQL on localhost:" + server.port()
                : "PostgreSQL at " + withoutParameters(env.getProperty("spring.datasource.url", ""));
        RuleSetStore folder = new RuleSetStore(ruleSets.storeDir(), clock);
        var legacy = new PostgresVersionStore.LegacyFolder(ruleSets.storeDir().toAbsolutePath().normalize().toString(), () -> folder.load().versions());
        return new PostgresVersionStore(dataSource, clock, description, legacy);
    }

    /** A JDBC URL without its query string, which may hold a password. */
    static String withoutParameters(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }
}
