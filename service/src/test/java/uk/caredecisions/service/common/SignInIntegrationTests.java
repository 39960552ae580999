package uk.caredecisions.service.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.caredecisions.service.rulesets.LifecycleIntegrationTest;

/**
 * Sign-in over real HTTP: a 401 asks for credentials with {@code WWW-Authenticate}, repeated
 * failures for one user name become a 429 with {@code Retry-After} (the user {@code lockout-test}
 * is kept for this, so no other test is locked out), and the API's headers (CSP, Referrer-Policy).
 */
@LifecycleIntegrationTest
class SignInIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void noCredentialsIsA401AskingForBasic() throws Exception {
        HttpResponse<String> response = get("/v1/rulesets", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic realm="));
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    }

    @Test
    void aWrongPasswordIsA401AndRepeatedFailuresForOneNameA429WithRetryAfter() throws Exception {
        HttpResponse<String> first = get("/v1/rulesets", "lockout-test:wrong");
        assertThat(first.statusCode()).isEqualTo(401);
        assertThat(first.headers().firstValue("WWW-Authenticate")).isPresent();
        HttpResponse<String> last = first;
        for (int i = 0; i < ServiceProperties.SignIn.DEFAULT.failuresPerUser() + 1 && last.statusCode() != 429; i++) {
            last = get("/v1/rulesets", "lockout-test:wrong");
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
        // Throttled: even the right password waits, and says so without checking it.
        assertThat(get("/v1/rulesets", "lockout-test:lockout-test-secret").statusCode()).isEqualTo(429);
        // Other users are not affected.
        assertThat(get("/v1/rulesets", "case-system:case-system-secret").statusCode()).isEqualTo(200);
    }

    @Test
    void theApiAndSwaggerCarryAContentSecurityPolicy() throws Exception {
        HttpResponse<String> api = get("/v1/rulesets", "case-system:case-system-secret");
        assertThat(api.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v ->
                assertThat(v).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
        assertThat(api.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        HttpResponse<String> swagger = get("/swagger-ui/index.html", null);
        assertThat(swagger.statusCode()).isEqualTo(200);
        assertThat(swagger.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v ->
                assertThat(v).contains("default-src 'self'", "frame-ancestors 'none'").doesNotContain("script-src 'unsafe"));
    }

    @Test
    void healthDetailsAreOnlyForSignedInUsers() throws Exception {
        HttpResponse<String> anonymous = get("/actuator/health", null);
        assertThat(anonymous.body()).doesNotContain("diskSpace", "\"path\"", "\"total\"");
        HttpResponse<String> signedIn = get("/actuator/health", "case-system:case-system-secret");
        assertThat(signedIn.body()).contains("components");
    }

    private HttpResponse<String> get(String path, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
