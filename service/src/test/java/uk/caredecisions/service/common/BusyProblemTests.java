package uk.caredecisions.service.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A replica with no room for more work says so with a 503 and when to try again, never a 500. */
class BusyProblemTests {

    @Test
    void busyIsA503WithRetryAfterInSeconds() {
        var response = new ProblemHandler().busy(new BusyException("No room now.", Duration.ofSeconds(30)));
        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("30");
        assertThat(response.getBody().getType().toString()).endsWith("/busy");
        assertThat(response.getBody().getDetail()).isEqualTo("No room now.");
    }
}
