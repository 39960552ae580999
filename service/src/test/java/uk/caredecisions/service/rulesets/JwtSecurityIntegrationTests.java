package uk.caredecisions.service.rulesets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The identity-provider option: with a {@link JwtDecoder} (in production from
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}) bearer tokens are accepted and
 * their {@code roles} claim decides what the caller may do. Here the decoder is a stand-in that
 * knows two tokens, so the test needs no identity provider.
 */
@LifecycleIntegrationTest
@Import(JwtSecurityIntegrationTests.Tokens.class)
class JwtSecurityIntegrationTests {

    @TestConfiguration
    static class Tokens {
        @Bean
        JwtDecoder jwtDecoder() {
            return token -> switch (token) {
                case "client-token" -> jwt(token, List.of("CLIENT"));
                case "lead-token" -> jwt(token, List.of("PRACTICE_LEAD", "CLIENT"));
                default -> throw new BadJwtException("Unknown token");
            };
        }

        private static Jwt jwt(String token, List<String> roles) {
            return Jwt.withTokenValue(token).header("alg", "RS256").subject(token).claim("roles", roles)
                    .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300)).build();
        }
    }

    @Autowired
    TestRestTemplate rest;

    private int call(HttpMethod method, String path, String token, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, method, new HttpEntity<>(body, headers), String.class).getStatusCode().value();
    }

    @Test
    void bearerTokensCarryTheirRoles() {
        String decision = Http.adultRequest("2026-11-22", 30);

        assertThat(call(HttpMethod.POST, "/v1/decisions/adult-eligibility", "client-token", decision)).isEqualTo(200);
        assertThat(call(HttpMethod.POST, "/v1/decisions/adult-eligibility", "forged-token", decision)).isEqualTo(HttpStatus.UNAUTHORIZED.value());
        assertThat(call(HttpMethod.POST, "/v1/rulesets/2026.12.2/activate", "client-token", null)).isEqualTo(HttpStatus.FORBIDDEN.value());
        assertThat(call(HttpMethod.POST, "/v1/rulesets/2026.12.2/activate", "lead-token", null)).isEqualTo(200);
    }
}
