package uk.caredecisions.service.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.caredecisions.scenarios.ScenarioTemplate;
import uk.caredecisions.scenarios.ScenarioWorkbook;
import uk.caredecisions.service.rulesets.LifecycleIntegrationTest;

/**
 * Scenario workbooks in the console over real HTTP: who may upload, the CSRF token, and each bad
 * upload answered by the form again with its problem in the error summary, never a 500.
 */
@LifecycleIntegrationTest
class ConsoleScenarioWorkbookIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void anAuditorMayNeitherDownloadTheTemplateNorUploadAWorkbook() throws Exception {
        ConsoleSession auditor = new ConsoleSession(port);
        auditor.signIn("auditor", "auditor-secret");
        assertThat(auditor.get("/console/scenarios/workbook").statusCode()).isEqualTo(403);
        assertThat(auditor.get("/console/scenarios/template.xlsx").statusCode()).isEqualTo(403);
    }

    @Test
    void aTrainerDownloadsTheTemplateWithAnExampleForEachDecision() throws Exception {
        ConsoleSession trainer = trainer();
        HttpResponse<byte[]> template = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + "/console/scenarios/template.xlsx"))
                .header("Cookie", trainer.cookieHeader()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains(ScenarioTemplate.FILE));
        assertThat(ScenarioWorkbook.read(ScenarioTemplate.FILE, template.body())).hasSize(4);
    }

    @Test
    void anUploadWithoutTheFormsCsrfTokenIsRefused() throws Exception {
        ConsoleSession trainer = trainer();
        assertThat(upload(trainer, null, "a.scenarios.xlsx", workbook("TRUE")).statusCode()).isEqualTo(403);
    }

    @Test
    void eachBadUploadIsShownOnTheFormInTheErrorSummary() throws Exception {
        ConsoleSession trainer = trainer();
        String token = ConsoleSession.csrf(trainer.get("/console/scenarios/workbook").body());

        HttpResponse<String> none = upload(trainer, token, "", new byte[0]);
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(none.body()).contains("govuk-error-summary", "Select a scenario workbook (a .scenarios.xlsx file)");

        assertThat(upload(trainer, token, "notes.txt", "hello".getBytes(StandardCharsets.UTF_8)).body())
                .contains("govuk-error-summary", "The file notes.txt is not a workbook");
        assertThat(upload(trainer, token, "broken.scenarios.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8)).body())
                .contains("govuk-error-summary", "broken.scenarios.xlsx: not a workbook that can be read");

        HttpResponse<String> cell = upload(trainer, token, "module-5.scenarios.xlsx", workbook("perhaps"));
        assertThat(cell.statusCode()).isEqualTo(200);
        assertThat(cell.body()).contains("govuk-error-summary", "module-5.scenarios.xlsx!carer-eligibility!B2: outcomes.NUTRITION.unableWithoutAssistance: &#39;perhaps&#39; is not TRUE or FALSE");

        HttpResponse<String> passed = upload(trainer, token, "module-5.scenarios.xlsx", workbook("TRUE"));
        assertThat(passed.body()).doesNotContain("govuk-error-summary").contains("1 passed, 0 failed, 1 in all");
    }

    private ConsoleSession trainer() throws Exception {
        ConsoleSession trainer = new ConsoleSession(port);
        trainer.signIn("trainer", "trainer-secret");
        return trainer;
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** A multipart form as a browser sends it: the CSRF token (when given) and the file part. */
    private HttpResponse<String> upload(ConsoleSession session, String csrf, String fileName, byte[] content) throws Exception {
        String boundary = "----scenario" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (csrf != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"workbook\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + "/console/scenarios/workbook"))
                .header("Cookie", session.cookieHeader()).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A carer case on its own sheet: the nutrition limb typed as {@code limb}. */
    private static byte[] workbook(String limb) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("carer-eligibility");
            String[][] rows = {
                    {"name", "outcomes.NUTRITION.unableWithoutAssistance", "providesNecessaryCare", "healthDeterioratingOrAtRisk",
                            "significantImpactOnWellbeing", "outcome"},
                    {"A carer who cannot manage meals, with a significant impact, is eligible", limb, "YES", "NO", "YES", "ELIGIBLE"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
