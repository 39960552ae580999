package uk.caredecisions.service.rulesets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Decisions need a client credential; staging and activating rule sets need the practice-lead role. */
@LifecycleIntegrationTest
class RuleSetSecurityIntegrationTests {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    Clock clock;

    private ResponseEntity<String> stageAs(TestRestTemplate caller, String version) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("version", version);
        parts.add("effectiveFrom", LocalDate.now(clock).plusMonths(4).toString());
        parts.add("workbooks", Http.file("adult-eligibility.drl.xlsx", Http.adultWorkbook()));
        return caller.postForEntity("/v1/rulesets", Http.multipart(parts), String.class);
    }

    @Test
    void aDecisionWithoutCredentialsIs401() {
        ResponseEntity<String> response = rest.postForEntity("/v1/decisions/adult-eligibility", Http.json(Http.adultRequest("2026-11-22", 30)), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(rest.withBasicAuth(Http.CLIENT, "wrong").postForEntity("/v1/decisions/adult-eligibility",
                Http.json(Http.adultRequest("2026-11-22", 30)), String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/v1/rulesets", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aClientMayDecideAndReadRuleSetsButNotPublish() {
        TestRestTemplate client = rest.withBasicAuth(Http.CLIENT, Http.CLIENT_PASSWORD);
        String version = "sec-" + UUID.randomUUID().toString().substring(0, 8);

        assertThat(client.postForEntity("/v1/decisions/adult-eligibility", Http.json(Http.adultRequest("2026-11-22", 30)), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(client.getForEntity("/v1/rulesets", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> publish = stageAs(client, version);
        assertThat(publish.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(publish.getBody()).contains("PRACTICE_LEAD");
        assertThat(client.postForEntity("/v1/rulesets/2026.12.2/activate", null, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(stageAs(rest.withBasicAuth("trainer", "trainer-secret"), version).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(client.getForEntity("/v1/rulesets", String.class).getBody()).doesNotContain(version);
    }

    @Test
    void thePracticeLeadStagesAndActivates() {
        String version = "sec-" + UUID.randomUUID().toString().substring(0, 8);

        ResponseEntity<String> staged = stageAs(rest.withBasicAuth(Http.LEAD, Http.LEAD_PASSWORD), version);
        ResponseEntity<String> activated = Http.activate(rest, version);

        assertThat(staged.getStatusCode()).as(staged.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(activated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(Http.read(activated.getBody()).path("status").asText()).isEqualTo("SCHEDULED");
        assertThat(Http.activate(rest, version).getStatusCode()).as("activating again changes nothing").isEqualTo(HttpStatus.OK);
    }
}
