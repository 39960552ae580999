package uk.caredecisions.service.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import uk.caredecisions.service.Http;

/** The scenario harness over real HTTP: list, run (JSON, text, JUnit XML), and the impact of an uploaded workbook. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScenarioIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate rest;

    @Test
    void theLibraryIsListedWithTags() {
        JsonNode list = new Http(port).get("/v1/scenarios?tag=limb-trap", Http.TRAINER).json();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("id").asText()).isEqualTo("carer-eligibility/03-takes-longer-is-not-a-carer-limb.yaml");
        assertThat(list.get(0).get("narrative").asText()).contains("regulation 3");
    }

    @Test
    void aTrainerRunsATagAndReadsTheResultsAndCoverage() {
        Http.Response response = new Http(port).post("/v1/scenarios/run", "{\"tags\": [\"module-2\"]}", Http.TRAINER);
        assertThat(response.status()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("failed").asInt()).isZero();
        assertThat(report.get("total").asInt()).isGreaterThan(5);
        assertThat(report.at("/results/0/actual/reasons").isArray()).isTrue();
        assertThat(report.at("/coverage/tableRows").has("CARER-NEXT-01")).isTrue();
        assertThat(report.at("/coverage/tableRowsNeverFired").isArray()).isTrue();
    }

    @Test
    void theRunCanBeReadAsTextOrJUnitXml() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("trainer", "trainer-secret");
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(java.util.List.of(MediaType.TEXT_PLAIN));
        ResponseEntity<String> text = rest.postForEntity("http://localhost:" + port + "/v1/scenarios/run",
                new HttpEntity<>("{\"file\": \"carer-eligibility/\"}", headers), String.class);
        assertThat(text.getBody()).startsWith("Scenarios under rule set 2026.12.2:").contains("0 failed");
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_XML));
        ResponseEntity<String> xml = rest.postForEntity("http://localhost:" + port + "/v1/scenarios/run",
                new HttpEntity<>("{\"file\": \"carer-eligibility/\"}", headers), String.class);
        assertThat(xml.getBody()).contains("<testsuite", "failures=\"0\"");
    }

    @Test
    void anUnknownVersionIsA404() {
        assertThat(new Http(port).post("/v1/scenarios/run", "{\"version\": \"1999.1\"}", Http.TRAINER).status()).isEqualTo(404);
    }

    @Test
    void uploadingAnEditedWorkbookShowsWhichScenariosItWouldChangeWithoutPublishingIt() throws Exception {
        byte[] original = Files.readAllBytes(Path.of("decision-tables/adult-eligibility.drl.xlsx"));
        byte[] edited;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(original)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet settings = book.getSheet("Settings");
            settings.getRow(8).getCell(2).setCellValue(100);
            book.write(out);
            edited = out.toByteArray();
        }
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("workbook", new ByteArrayResource(edited) {
            @Override
            public String getFilename() {
                return "adult-eligibility.drl.xlsx";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("practice-lead", "practice-lead-secret");
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<JsonNode> response = rest.postForEntity("http://localhost:" + port + "/v1/scenarios/impact",
                new HttpEntity<>(parts, headers), JsonNode.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode changed = response.getBody().get("changed");
        // A 100-day minimum changes every adult scenario whose fluctuating needs were considered over a
        // recorded period under 100 days (its answer or the minimum its warning names), and no other:
        // 12 and 13, and the fluctuation scenarios of issue 11 (28 to 33). A scenario with no period recorded
        // is asked for the period under either minimum, so it does not change.
        assertThat(changed.findValuesAsText("id")).containsExactlyInAnyOrder(
                "adult-eligibility/12-fluctuating-needs-short-period-warning.yaml",
                "adult-eligibility/13-fluctuating-needs-long-enough.yaml",
                "adult-eligibility/28-fluctuating-needs-over-three-days-with-one-outcome-failing-ask-for-the-period.yaml",
                "adult-eligibility/29-fluctuating-needs-over-the-minimum-with-one-outcome-failing-is-not-eligible.yaml",
                "adult-eligibility/30-fluctuating-needs-a-day-short-of-the-minimum-ask-for-the-period.yaml",
                "adult-eligibility/32-outcomes-not-assessed-and-a-short-period-ask-for-both.yaml",
                "adult-eligibility/33-no-impairment-is-decided-whatever-the-fluctuation-period.yaml");
        // 28 days was enough for a decision; under 100 days the period is asked for instead of a refusal.
        JsonNode atOldMinimum = null;
        for (JsonNode change : changed) {
            if (change.path("id").asText().contains("/29-")) {
                atOldMinimum = change;
            }
        }
        assertThat(atOldMinimum).isNotNull();
        assertThat(atOldMinimum.path("outcomeBefore").asText()).isEqualTo("NOT_ELIGIBLE");
        assertThat(atOldMinimum.path("outcomeAfter").asText()).isEqualTo("INSUFFICIENT_INFORMATION");
        // Nothing was published: today's decisions still use the bundled minimum.
        assertThat(new Http(port).post("/v1/scenarios/run", "{\"tags\": [\"fluctuating-needs\"]}", Http.TRAINER).json().get("failed").asInt()).isZero();
    }
}
