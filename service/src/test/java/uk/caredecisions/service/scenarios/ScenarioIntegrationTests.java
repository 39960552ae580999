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
        assertThat(changed).hasSize(2);
        assertThat(changed.toString()).contains("12-fluctuating-needs-short-period-warning", "13-fluctuating-needs-long-enough");
        // Nothing was published: today's decisions still use the bundled minimum.
        assertThat(new Http(port).post("/v1/scenarios/run", "{\"tags\": [\"fluctuating-needs\"]}", Http.TRAINER).json().get("failed").asInt()).isZero();
    }
}
