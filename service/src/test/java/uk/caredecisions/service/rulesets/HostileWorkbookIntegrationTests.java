package uk.caredecisions.service.rulesets;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.caredecisions.service.rulesets.Http.LEAD;
import static uk.caredecisions.service.rulesets.Http.LEAD_PASSWORD;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import uk.caredecisions.service.common.ServiceProperties;

/**
 * Crafted workbooks over real HTTP, as the practice lead, and through the watched folder: a label
 * row merged down into a number cell and an extra ACTION column after an empty keyword cell, both
 * carrying code that would create a marker file. Each is refused at its cell (422) by validate,
 * stage and impact, and by the watcher; a sentence that merely reads like code is harmless; the
 * marker never appears.
 */
@LifecycleIntegrationTest
class HostileWorkbookIntegrationTests {

    static final Path MARKER = Path.of(System.getProperty("java.io.tmpdir"), "care-decisions-hostile-http-" + ProcessHandle.current().pid());
    private static final String CREATE_FILE = "java.nio.file.Files.createFile(java.nio.file.Path.of(\"" + MARKER + "\"));";
    private static final String ADULT = "adult-eligibility.drl.xlsx";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RuleSetPublisher publisher;

    @Autowired
    RuleSets ruleSets;

    @Autowired
    java.time.Clock clock;

    @BeforeEach
    @AfterEach
    void noMarker() throws IOException {
        Files.deleteIfExists(MARKER);
    }

    static byte[] mergedLabelIntoNumber() {
        return edit(Http.adultWorkbook(), book -> {
            set(book.getSheet("Settings"), "C8", "1, null)); " + CREATE_FILE + " insert(new Setting(\"X\", 1");
            book.getSheet("Settings").addMergedRegion(CellRangeAddress.valueOf("C8:C9"));
        });
    }

    static byte[] actionAfterAGap() {
        return edit(Http.adultWorkbook(), book -> {
            XSSFSheet sheet = book.getSheet("Settings");
            set(sheet, "F5", "ACTION");
            set(sheet, "F7", CREATE_FILE);
            set(sheet, "F8", "Extra");
            set(sheet, "F9", "X");
        });
    }

    static byte[] sentenceThatReadsLikeCode() {
        return edit(Http.adultWorkbook(), book -> set(book.getSheet("Wording"), "C9",
                "Runtime.getRuntime().exec(touch x); System.exit(1); java.nio.file.Files.createFile(x);"));
    }

    @Test
    void aMergedLabelRowCarryingCodeIsRefusedAtItsCellEverywhere() {
        assertRefusedEverywhere(mergedLabelIntoNumber(), "adult-eligibility.drl.xlsx!Settings!C8");
    }

    @Test
    void anActionColumnAfterAnEmptyKeywordCellIsRefusedAtItsCellEverywhere() {
        assertRefusedEverywhere(actionAfterAGap(), "adult-eligibility.drl.xlsx!Settings!F5");
    }

    @Test
    void aSentenceThatReadsLikeCodeStaysASentence() {
        ResponseEntity<String> validated = post("/v1/rulesets/validate", "workbooks", sentenceThatReadsLikeCode());
        assertThat(validated.getStatusCode().value()).isEqualTo(200);
        assertThat(Http.read(validated.getBody()).path("valid").asBoolean()).isTrue();
        ResponseEntity<String> impact = post("/v1/scenarios/impact", "workbook", sentenceThatReadsLikeCode());
        assertThat(impact.getStatusCode().value()).isEqualTo(200);
        assertThat(impact.getBody()).contains("Runtime.getRuntime().exec(touch x); System.exit(1);");
        assertThat(Files.exists(MARKER)).isFalse();
    }

    @Test
    void aSentenceThatReadsLikeCodeIsStagedActivatedAndDecidesAsText() {
        LocalDate effective = LocalDate.now(clock).plusYears(3);
        String version = "sentence-" + UUID.randomUUID().toString().substring(0, 8);
        ResponseEntity<String> staged = Http.stage(rest, version, effective.toString(), sentenceThatReadsLikeCode(), List.of());
        if (staged.getStatusCode().value() == 422) {
            // The gate names the scenarios whose wording changes; a practice lead accepts them.
            List<String> changed = Http.read(staged.getBody()).path("errors").findValuesAsText("field").stream()
                    .map(f -> f.replaceFirst("^test-scenarios/", "")).toList();
            staged = Http.stage(rest, version, effective.toString(), sentenceThatReadsLikeCode(), changed);
        }
        assertThat(staged.getStatusCode().value()).as(staged.getBody()).isEqualTo(201);
        assertThat(Files.exists(MARKER)).isFalse();
        assertThat(Http.activate(rest, version).getStatusCode().value()).isEqualTo(200);
        assertThat(Files.exists(MARKER)).isFalse();

        ResponseEntity<String> decided = rest.withBasicAuth(Http.CLIENT, Http.CLIENT_PASSWORD)
                .postForEntity("/v1/decisions/adult-eligibility", Http.json(Http.adultRequest(effective.toString(), 30)), String.class);
        assertThat(decided.getStatusCode().value()).as(decided.getBody()).isEqualTo(200);
        assertThat(Http.read(decided.getBody()).path("ruleSet").path("version").asText()).isEqualTo(version);
        assertThat(Files.exists(MARKER)).isFalse();
    }

    @Test
    void theWatchedFolderRefusesTheCraftedWorkbook(@TempDir Path folder) throws Exception {
        for (String name : List.of(ADULT, "carer-eligibility.drl.xlsx", "calendar.drl.xlsx")) {
            Files.copy(Http.tables().resolve(name), folder.resolve(name));
        }
        String version = "hostile-" + UUID.randomUUID().toString().substring(0, 8);
        Files.writeString(folder.resolve("ruleset.properties"), "version=" + version + "\neffectiveFrom=2027-07-01\n");
        ServiceProperties service = new ServiceProperties(folder, 262_144, 33_554_432, 67_108_864, "Europe/London", new ServiceProperties.Security(true, List.of(), ServiceProperties.SignIn.DEFAULT));
        RuleSetProperties watch = new RuleSetProperties(Path.of("unused"), Path.of("unused"), new RuleSetProperties.Watch(false, Duration.ofSeconds(5)), RuleSetProperties.Limits.DEFAULT, 10);
        TablesWatcher watcher = new TablesWatcher(publisher, watch, service);
        watcher.start();
        String before = ruleSets.library().inForceOn(LocalDate.of(2027, 7, 1)).orElseThrow().version();

        for (byte[] hostile : List.of(mergedLabelIntoNumber(), actionAfterAGap())) {
            Files.write(folder.resolve(ADULT), hostile);
            watcher.poll();
            assertThat(ruleSets.library().version(version)).as("a crafted workbook is not loaded").isEmpty();
            assertThat(ruleSets.library().inForceOn(LocalDate.of(2027, 7, 1)).orElseThrow().version()).isEqualTo(before);
            assertThat(Files.exists(MARKER)).isFalse();
        }
    }

    private void assertRefusedEverywhere(byte[] hostile, String cell) {
        ResponseEntity<String> validated = post("/v1/rulesets/validate", "workbooks", hostile);
        assertThat(validated.getStatusCode().is4xxClientError() || !Http.read(validated.getBody()).path("valid").asBoolean())
                .as("validate refuses: %s", validated.getBody()).isTrue();
        assertThat(validated.getBody()).contains(cell);
        assertThat(Files.exists(MARKER)).isFalse();

        ResponseEntity<String> staged = Http.stage(rest, "hostile-" + UUID.randomUUID().toString().substring(0, 8), "2027-07-01", hostile, List.of());
        assertThat(staged.getStatusCode().value()).isEqualTo(422);
        JsonNode problem = Http.read(staged.getBody());
        assertThat(problem.path("errors").findValuesAsText("field")).contains(cell);
        assertThat(Files.exists(MARKER)).isFalse();

        ResponseEntity<String> impact = post("/v1/scenarios/impact", "workbook", hostile);
        assertThat(impact.getStatusCode().is4xxClientError()).as("impact refuses: %s", impact.getBody()).isTrue();
        assertThat(impact.getBody()).contains(cell);
        assertThat(Files.exists(MARKER)).isFalse();
    }

    private ResponseEntity<String> post(String path, String part, byte[] workbook) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add(part, Http.file(ADULT, workbook));
        return rest.withBasicAuth(LEAD, LEAD_PASSWORD).postForEntity(path, Http.multipart(parts), String.class);
    }

    private static void set(XSSFSheet sheet, String a1, String value) {
        CellReference ref = new CellReference(a1);
        var row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
        (row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol())).setCellValue(value);
    }

    private static byte[] edit(byte[] workbook, Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
