package uk.caredecisions.service.rulesets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Small helpers for calling the service over real HTTP in tests. */
public final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String LEAD = "practice-lead";
    static final String LEAD_PASSWORD = "practice-lead-secret";
    static final String CLIENT = "case-system";
    static final String CLIENT_PASSWORD = "case-system-secret";

    private Http() {}

    static Path tables() {
        return Path.of(System.getProperty("repo.root", "..")).resolve("decision-tables");
    }

    static byte[] adultWorkbook() {
        try {
            return Files.readAllBytes(tables().resolve("adult-eligibility.drl.xlsx"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A copy of a workbook with one cell changed, as Excel would save it. */
    public static byte[] withCell(byte[] workbook, String sheet, String a1, Object value) {
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(workbook));
             var out = new java.io.ByteArrayOutputStream()) {
            var ref = new org.apache.poi.ss.util.CellReference(a1);
            var row = book.getSheet(sheet).getRow(ref.getRow());
            var cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(String.valueOf(value));
            }
            book.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    static ByteArrayResource file(String name, byte[] content) {
        return new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    static HttpEntity<MultiValueMap<String, Object>> multipart(MultiValueMap<String, Object> parts) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(parts, headers);
    }

    /** POST /v1/rulesets as the practice lead with one replacement workbook. */
    static ResponseEntity<String> stage(TestRestTemplate rest, String version, String effectiveFrom, byte[] adult, List<String> accepted) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("version", version);
        parts.add("effectiveFrom", effectiveFrom);
        if (adult != null) {
            parts.add("workbooks", file("adult-eligibility.drl.xlsx", adult));
        }
        accepted.forEach(a -> parts.add("acceptedScenarios", a));
        return rest.withBasicAuth(LEAD, LEAD_PASSWORD).postForEntity("/v1/rulesets", multipart(parts), String.class);
    }

    static ResponseEntity<String> activate(TestRestTemplate rest, String version) {
        return rest.withBasicAuth(LEAD, LEAD_PASSWORD).postForEntity("/v1/rulesets/" + version + "/activate", null, String.class);
    }

    static String adultRequest(String asOf, int fluctuationDays) {
        return """
                {"caseReference": "LIFECYCLE-1", "asOf": "%s", "needsFromImpairmentOrIllness": "YES",
                 "outcomes": {"NUTRITION": {"unableWithoutAssistance": true}, "PERSONAL_HYGIENE": {"unableWithoutAssistance": true}},
                 "significantImpactOnWellbeing": "YES", "needsFluctuate": "YES", "fluctuationPeriodConsideredDays": %d}
                """.formatted(asOf, fluctuationDays);
    }

    static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError("Not JSON: " + body, e);
        }
    }

    static List<String> codes(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.path("code").asText()));
        return out;
    }
}
