package uk.caredecisions.service.rulesets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A workbook is policy that will run, so only a practice lead may send one anywhere: validate, the
 * impact of an upload, staging. A trainer runs scenarios and the impact between loaded versions; a
 * client only decides and reads.
 */
@LifecycleIntegrationTest
class UploadRolesIntegrationTests {

    @Autowired
    TestRestTemplate rest;

    private TestRestTemplate as(String user) {
        return switch (user) {
            case "client" -> rest.withBasicAuth(Http.CLIENT, Http.CLIENT_PASSWORD);
            case "trainer" -> rest.withBasicAuth("trainer", "trainer-secret");
            default -> rest.withBasicAuth(Http.LEAD, Http.LEAD_PASSWORD);
        };
    }

    private ResponseEntity<String> validate(String user) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("workbooks", Http.file("adult-eligibility.drl.xlsx", Http.adultWorkbook()));
        return as(user).postForEntity("/v1/rulesets/validate", Http.multipart(parts), String.class);
    }

    private ResponseEntity<String> impactOfUpload(String user) {
        return impactOfUpload(user, "/v1/scenarios/impact");
    }

    private ResponseEntity<String> impactOfUpload(String user, String path) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("workbook", Http.file("adult-eligibility.drl.xlsx", Http.adultWorkbook()));
        return as(user).postForEntity(path, Http.multipart(parts), String.class);
    }

    private ResponseEntity<String> stage(String user, String version) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("version", version);
        parts.add("effectiveFrom", "2027-04-01");
        parts.add("workbooks", Http.file("adult-eligibility.drl.xlsx", Http.adultWorkbook()));
        return as(user).postForEntity("/v1/rulesets", Http.multipart(parts), String.class);
    }

    @Test
    void clientsAndTrainersMayNotSendWorkbooksAnywhere() {
        for (String user : new String[] {"client", "trainer"}) {
            String version = "roles-" + UUID.randomUUID().toString().substring(0, 8);
            assertThat(validate(user).getStatusCode()).as(user + " validate").isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(impactOfUpload(user).getStatusCode()).as(user + " impact of an upload").isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(impactOfUpload(user, "/v1/scenarios/impact/upload").getStatusCode()).as(user + " impact of an upload at its own path")
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(as(user).postForEntity("/v1/scenarios/impact/upload", Http.json("{\"to\": \"x\"}"), String.class).getStatusCode())
                    .as(user + " anything at the upload path").isEqualTo(HttpStatus.FORBIDDEN);
            ResponseEntity<String> staged = stage(user, version);
            assertThat(staged.getStatusCode()).as(user + " stage").isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(staged.getHeaders().getContentType().toString()).contains("application/problem+json");
            assertThat(staged.getBody()).contains("PRACTICE_LEAD");
            assertThat(as("client").getForEntity("/v1/rulesets", String.class).getBody()).doesNotContain(version);
        }
    }

    @Test
    void anImpactRequestThatIsNotJsonCountsAsAnUpload() {
        var headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.TEXT_PLAIN);
        ResponseEntity<String> response = as("trainer").postForEntity("/v1/scenarios/impact",
                new org.springframework.http.HttpEntity<>("{\"to\": \"2026.12.2\"}", headers), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void thePracticeLeadMaySendWorkbooks() {
        ResponseEntity<String> validated = validate("lead");
        ResponseEntity<String> impact = impactOfUpload("lead");
        ResponseEntity<String> atItsOwnPath = impactOfUpload("lead", "/v1/scenarios/impact/upload");
        assertThat(atItsOwnPath.getStatusCode()).as(atItsOwnPath.getBody()).isEqualTo(HttpStatus.OK);

        assertThat(validated.getStatusCode()).as(validated.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(Http.read(validated.getBody()).path("valid").asBoolean()).isTrue();
        assertThat(impact.getStatusCode()).as(impact.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(Http.read(impact.getBody()).path("changed").isArray()).isTrue();
    }

    @Test
    void trainersRunScenariosAndTheImpactBetweenLoadedVersionsAndClientsMayNot() {
        String between = "{\"from\": \"2026.12.2\", \"to\": \"2026.12.2\"}";

        ResponseEntity<String> trainerImpact = as("trainer").postForEntity("/v1/scenarios/impact", Http.json(between), String.class);
        ResponseEntity<String> trainerRun = as("trainer").postForEntity("/v1/scenarios/run", Http.json("{\"brief\": true}"), String.class);

        assertThat(trainerImpact.getStatusCode()).as(trainerImpact.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(Http.read(trainerImpact.getBody()).path("changed")).isEmpty();
        assertThat(trainerRun.getStatusCode()).as(trainerRun.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(as("client").postForEntity("/v1/scenarios/impact", Http.json(between), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("client").postForEntity("/v1/scenarios/run", Http.json("{}"), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("client").getForEntity("/v1/scenarios", String.class).getStatusCode()).as("reading the library").isEqualTo(HttpStatus.OK);
        assertThat(as("client").postForEntity("/v1/decisions/adult-eligibility", Http.json(Http.adultRequest("2026-11-22", 30)), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
