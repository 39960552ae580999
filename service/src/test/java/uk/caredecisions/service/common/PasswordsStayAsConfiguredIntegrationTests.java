package uk.caredecisions.service.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A configured password stays as configured after a successful sign-in: Spring Security must not
 * re-encode a {noop} password as bcrypt behind our back, which made every later request pay a
 * bcrypt check.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "caredecisions.tables-dir=${repo.root}/decision-tables")
class PasswordsStayAsConfiguredIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserDetailsService users;

    @Test
    void aSignInDoesNotReencodeTheStoredPassword() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/decisions/adult-eligibility"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("case-system:case-system-secret".getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"needsFromImpairmentOrIllness\": \"YES\", \"significantImpactOnWellbeing\": \"NO\", \"asOf\": \"2026-11-22\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        }
        assertThat(users.loadUserByUsername("case-system").getPassword()).isEqualTo("{noop}case-system-secret");
    }
}
