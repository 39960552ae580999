package uk.caredecisions.service.rulesets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A workbook is counted against the limits by a streaming read before anything is built, at
 * validate, impact and staging alike; checks run a few at once, one more is a 429 with Retry-After.
 */
@LifecycleIntegrationTest
class WorkbookLimitsIntegrationTests {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    BoundedChecks checks;

    private TestRestTemplate lead() {
        return rest.withBasicAuth(Http.LEAD, Http.LEAD_PASSWORD);
    }

    /** A workbook of one sheet named Outcomes with {@code rows} rows of one number, written by streaming POI. */
    static byte[] rows(int rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.setCompressTempFiles(true);
            var sheet = workbook.createSheet("Outcomes");
            for (int r = 0; r < rows; r++) {
                sheet.createRow(r).createCell(0).setCellValue(r % 10);
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }

    private ResponseEntity<String> upload(String path, String part, byte[] workbook, String... fields) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            parts.add(fields[i], fields[i + 1]);
        }
        parts.add(part, Http.file("adult-eligibility.drl.xlsx", workbook));
        return lead().postForEntity(path, Http.multipart(parts), String.class);
    }

    @Test
    void aMillionRowWorkbookIsRefusedWithoutBeingBuilt() throws IOException {
        byte[] huge = rows(1_000_000);

        long started = System.nanoTime();
        ResponseEntity<String> response = upload("/v1/rulesets/validate", "workbooks", huge);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        // Measured, not asserted (timings belong in benchmarks): what is asserted is that nothing was built.
        System.out.printf("Refused a %d-byte, 1,000,000-row workbook in %d ms%n", huge.length, millis);

        assertThat(response.getStatusCode().value()).as(response.getBody()).isIn(413, 422);
        assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(response.getBody()).contains("adult-eligibility.drl.xlsx");
        // Refused by the limits, which are checked on the file before any sheet is read into the model.
        assertThat(Http.read(response.getBody()).path("limit").asText()).isIn("BYTES", "ROWS", "CELLS", "UNPACKED_BYTES");
    }

    @Test
    void rowsOverTheLimitAreRefusedAtEveryWayInNamingTheSheetAndTheLimit() throws IOException {
        byte[] over = rows(2_001);

        for (ResponseEntity<String> response : new ResponseEntity[] {
                upload("/v1/rulesets/validate", "workbooks", over),
                upload("/v1/scenarios/impact", "workbook", over),
                upload("/v1/rulesets", "workbooks", over, "version", "limits-1", "effectiveFrom", "2027-01-01")}) {
            assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
            var problem = Http.read(response.getBody());
            assertThat(problem.path("limit").asText()).isEqualTo("ROWS");
            assertThat(problem.path("sheet").asText()).isEqualTo("Outcomes");
            assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("adult-eligibility.drl.xlsx!Outcomes");
            assertThat(problem.path("errors").get(0).path("message").asText()).contains("2000 rows a sheet", "caredecisions.rulesets.limits.rows");
        }
        assertThat(lead().getForEntity("/v1/rulesets", String.class).getBody()).doesNotContain("limits-1");
    }

    @Test
    void aWorkbookOverTheSizeLimitIs413() {
        byte[] big = new byte[2 * 1024 * 1024 + 1];

        ResponseEntity<String> response = upload("/v1/rulesets/validate", "workbooks", big);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(Http.read(response.getBody()).path("limit").asText()).isEqualTo("BYTES");
    }

    @Test
    void whenEveryCheckSlotIsTakenTheNextCheckIs429WithRetryAfter() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(2);
        CompletableFuture<?>[] holders = new CompletableFuture[2];
        for (int i = 0; i < 2; i++) {
            holders[i] = CompletableFuture.runAsync(() -> checks.run(() -> {
                running.countDown();
                try {
                    return release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }));
        }
        try {
            assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
            ResponseEntity<String> busy = upload("/v1/rulesets/validate", "workbooks", Http.adultWorkbook());

            assertThat(busy.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
            assertThat(busy.getHeaders().getFirst("Retry-After")).isEqualTo("10");
            assertThat(busy.getBody()).contains("concurrent-checks");
        } finally {
            release.countDown();
            CompletableFuture.allOf(holders).get(30, TimeUnit.SECONDS);
        }
        assertThat(upload("/v1/rulesets/validate", "workbooks", Http.adultWorkbook()).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
