package uk.caredecisions.service.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock the service reads "now" from: the default {@code asOf}, {@code decidedAt}, whether
 * a version is SCHEDULED or ACTIVE, the waiting list's today. {@code caredecisions.clock.fixed}
 * (an instant, or a date meaning noon UTC that day) pins it, for tests and for rehearsing a
 * future date; unset, it is the system clock in the service's zone.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    @Bean
    Clock clock(ServiceProperties properties, @Value("${caredecisions.clock.fixed:}") String fixed) {
        ZoneId zone = ZoneId.of(properties.zone());
        if (fixed == null || fixed.isBlank()) {
            return Clock.system(zone);
        }
        String value = fixed.trim();
        Instant instant = value.length() == 10 ? LocalDate.parse(value).atTime(12, 0).toInstant(java.time.ZoneOffset.UTC) : Instant.parse(value);
        return Clock.fixed(instant, zone);
    }
}
