package uk.caredecisions.service.store;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import com.zaxxer.hikari.HikariDataSource;

/**
 * With no {@code spring.datasource.url}, the store is an embedded PostgreSQL under {@code var/}:
 * the README's start command needs no database server. Set the URL (with username and password)
 * and Spring Boot's own pooled data source is used instead, against an external PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedStoreConfig {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgres(StoreProperties properties) {
        StoreProperties.Embedded embedded = properties.embedded();
        return EmbeddedPostgresServer.start(embedded.temporary() ? null : embedded.dataDir(), embedded.temporary() ? 0 : embedded.port());
    }

    @Bean
    DataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(server.jdbcUrl());
        pool.setUsername(server.user());
        pool.setMaximumPoolSize(4);
        pool.setConnectionTimeout(2000);
        pool.setInitializationFailTimeout(-1);
        pool.setPoolName("rule-set-store");
        return pool;
    }
}
