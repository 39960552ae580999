package uk.caredecisions.service.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.caredecisions.service.Http;
import uk.caredecisions.service.rulesets.LifecycleIntegrationTest;

/**
 * The input edges the attack run found giving 500s or Tomcat's own HTML: far instants and dates,
 * multipart mistakes, {@code /error}, odd paths, unsafe version names, zip traversal and far
 * effective dates. Each is a 4xx problem naming the field or part, over real HTTP.
 */
@LifecycleIntegrationTest
class InputEdgesIntegrationTests {

    private static final String FAR_INSTANT = "+999999999-12-31T23:59:59.999999999Z";
    private static final String BOUNDARY = "edge-boundary";

    @LocalServerPort
    int port;

    private Http http() {
        return new Http(port);
    }

    @ParameterizedTest
    @ValueSource(strings = {FAR_INSTANT, "-999999999-01-01T00:00:00Z", "1899-12-31T23:59:59Z", "2201-01-01T00:00:00Z"})
    void aSafeguardingConcernReceivedOutsideTheRangeNamesReceivedAt(String instant) {
        Http.Response response = http().post("/v1/decisions/safeguarding-concern", """
                {"receivedAt": "%s", "careAndSupportNeeds": "YES", "abuseOrNeglect": "EXPERIENCING",
                 "unableToProtectSelf": "YES", "abuseTypes": ["NEGLECT_AND_ACTS_OF_OMISSION"], "harm": "SIGNIFICANT"}""".formatted(instant), Http.CLIENT);
        assertProblemNaming(response, 400, "receivedAt");
    }

    @Test
    void theEdgesOfTheRangeAreAccepted() {
        for (String instant : List.of("1900-01-01T00:00:00Z", "2199-12-31T23:59:59Z")) {
            Http.Response response = http().post("/v1/decisions/safeguarding-concern", """
                    {"receivedAt": "%s", "careAndSupportNeeds": "YES", "abuseOrNeglect": "EXPERIENCING",
                     "unableToProtectSelf": "YES", "abuseTypes": ["NEGLECT_AND_ACTS_OF_OMISSION"], "harm": "SIGNIFICANT"}""".formatted(instant), Http.CLIENT);
            assertThat(response.status()).as(instant + ": " + response.body()).isLessThan(500);
            if (response.status() == 400) {
                assertThat(fields(response)).doesNotContain("receivedAt");
            }
        }
    }

    @Test
    void aTriageContactReceivedAtAFarInstantNamesContactReceivedAt() {
        Http.Response response = http().post("/v1/decisions/triage", """
                {"contactReceivedAt": "%s", "routeOfAccess": "SELF_REFERRAL", "personType": "ADULT"}""".formatted(FAR_INSTANT), Http.CLIENT);
        assertProblemNaming(response, 400, "contactReceivedAt");
    }

    @Test
    void aWaitingListCaseLastContactedAtAFarInstantNamesItsField() {
        Http.Response response = http().post("/v1/waiting-list/prioritise", """
                {"asOf": "2026-11-23", "cases": [{"caseReference": "W-1", "waitingSince": "2026-10-01", "lastContactAt": "%s",
                 "triage": {"contactReceivedAt": "2026-10-01T09:00:00Z", "routeOfAccess": "SELF_REFERRAL", "personType": "ADULT"}}]}"""
                .formatted(FAR_INSTANT), Http.CLIENT);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(fields(response)).anyMatch(f -> f.endsWith("lastContactAt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "0001-01-01", "2201-01-01"})
    void anAsOfOutsideTheRangeNamesAsOf(String date) {
        Http.Response response = http().post("/v1/decisions/carer-eligibility", """
                {"asOf": "%s", "providesNecessaryCare": "YES", "healthDeterioratingOrAtRisk": "NO",
                 "outcomes": {"HABITABLE_HOME": {"significantPainDistressOrAnxiety": true}}, "significantImpactOnWellbeing": "YES"}""".formatted(date), Http.CLIENT);
        assertProblemNaming(response, 400, "asOf");
    }

    @Test
    void anImpactUploadWithoutTheWorkbookPartNamesThePart() {
        Http.Response response = multipart("/v1/scenarios/impact", List.of(textPart("notes", "hello")));
        assertProblemNaming(response, 400, "workbook");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "..", "../eligibility.drl.xlsx", "a/b.drl.xlsx", ".hidden.drl.xlsx", "CON"})
    void anImpactUploadWithAFileNameThatIsNotAPlainWorkbookNameNamesThePart(String fileName) throws IOException {
        byte[] workbook = Files.readAllBytes(Path.of(System.getProperty("repo.root", ".."), "decision-tables", "triage-priorities.drl.xlsx"));
        Http.Response response = multipart("/v1/scenarios/impact", List.of(filePart("workbook", fileName, workbook)));
        assertThat(response.status()).as(fileName + ": " + response.body()).isBetween(400, 499);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(fields(response)).as(response.body()).anyMatch(f -> f.equals("workbook") || f.equals(fileName));
    }

    @Test
    void aValidationWithNoPartAtAllNamesWhatToSend() {
        Http.Response response = multipart("/v1/rulesets/validate", List.of(textPart("other", "x")));
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(fields(response)).isNotEmpty().allMatch(f -> f.equals("workbooks") || f.equals("bundle"));
    }

    @Test
    void aMultipartBodyThatIsNotMultipartIsAProblemNotA500() {
        Http.Response response = http().send(HttpRequest.newBuilder(uri("/v1/rulesets/validate"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofString("--" + BOUNDARY + "\r\nnot a part header")), Http.LEAD);
        assertThat(response.status()).as(response.body()).isBetween(400, 499);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("errors")).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource({"CON,2027-01-01", "../x,2027-01-01", "a b,2027-01-01", "2027.1.1,+999999999-01-01", "2027.1.1,10000-01-01", "2027.1.1,1899-01-01"})
    void aStagingWithAnUnsafeVersionOrFarEffectiveDateNamesTheField(String version, String effectiveFrom) throws IOException {
        byte[] workbook = Files.readAllBytes(Path.of(System.getProperty("repo.root", ".."), "decision-tables", "triage-priorities.drl.xlsx"));
        Http.Response response = multipart("/v1/rulesets", List.of(textPart("version", version), textPart("effectiveFrom", effectiveFrom),
                filePart("workbooks", "triage-priorities.drl.xlsx", workbook)));
        String field = version.equals("2027.1.1") ? "effectiveFrom" : "version";
        assertProblemNaming(response, 400, field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"..\\..\\x.drl.xlsx", "../../x.drl.xlsx", "decision-tables/../x.drl.xlsx"})
    void aBundleWhoseEntryNameTraversesIsRefusedNamingThePart(String entry) throws IOException {
        Http.Response response = multipart("/v1/rulesets/validate", List.of(filePart("bundle", "rules.zip", zip(entry))));
        assertThat(response.status()).as(entry + ": " + response.body()).isBetween(400, 499);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(fields(response)).as(response.body()).contains("bundle");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/triage-priorities.drl.xlsx", "C:\\rules\\triage-priorities.drl.xlsx", "decision-tables/triage-priorities.drl.xlsx"})
    void aBundleEntryInAFolderIsTakenByItsBaseNameOnly(String entry) throws IOException {
        Http.Response response = multipart("/v1/rulesets/validate", List.of(filePart("bundle", "rules.zip", zip(entry))));
        assertThat(response.status()).as(entry + ": " + response.body()).isEqualTo(200);
        assertThat(response.json().path("workbooks")).extracting(JsonNode::asText).containsExactly("triage-priorities.drl.xlsx");
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry(entry));
            out.write(Files.readAllBytes(Path.of(System.getProperty("repo.root", ".."), "decision-tables", "triage-priorities.drl.xlsx")));
            out.closeEntry();
        }
        return zip.toByteArray();
    }

    @Test
    void theErrorPathNeverGivesA500() {
        for (String credentials : new String[] {null, Http.CLIENT}) {
            Http.Response get = http().get("/error", credentials);
            assertThat(get.status()).as(get.body()).isLessThan(500);
            Http.Response post = http().post("/error", "{}", credentials);
            assertThat(post.status()).as(post.body()).isLessThan(500);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/%2e%2e/actuator", "/v1/rulesets;jsessionid=1", "/v1/rulesets/%2F..%2Fx", "/v1/rulesets/%00", "/v1/rulesets/a%5Cb"})
    void aPathTheFirewallRefusesIsAProblem(String path) throws IOException {
        RawResponse response = raw("GET " + path + " HTTP/1.1");
        assertThat(response.status()).as(path + ": " + response.text()).isEqualTo(400);
        assertThat(response.text()).containsIgnoringCase("content-type: application/problem+json").doesNotContain("<html");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/rulesets/a|b", "/v1/rulesets/{x}", "/v1/rulesets/a\"b"})
    void aPathTomcatRefusesIsAProblemNotItsHtmlPage(String path) throws IOException {
        RawResponse response = raw("GET " + path + " HTTP/1.1");
        assertThat(response.status()).as(path + ": " + response.text()).isEqualTo(400);
        assertThat(response.text()).containsIgnoringCase("content-type: application/problem+json").doesNotContain("<html");
    }

    private record RawResponse(int status, String text) {}

    private RawResponse raw(String requestLine) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: localhost\r\nAuthorization: Basic "
                    + java.util.Base64.getEncoder().encodeToString(Http.CLIENT.getBytes(StandardCharsets.UTF_8))
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(text.substring(9, 12));
            return new RawResponse(status, text);
        }
    }

    private record Part(String name, String fileName, byte[] content) {}

    private static Part textPart(String name, String value) {
        return new Part(name, null, value.getBytes(StandardCharsets.UTF_8));
    }

    private static Part filePart(String name, String fileName, byte[] content) {
        return new Part(name, fileName, content);
    }

    private Http.Response multipart(String path, List<Part> parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part part : parts) {
            String disposition = "Content-Disposition: form-data; name=\"" + part.name() + "\""
                    + (part.fileName() == null ? "" : "; filename=\"" + part.fileName() + "\"");
            String head = "--" + BOUNDARY + "\r\n" + disposition + "\r\n"
                    + (part.fileName() == null ? "" : "Content-Type: application/octet-stream\r\n") + "\r\n";
            body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http().send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), Http.LEAD);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static void assertProblemNaming(Http.Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(fields(response)).as(response.body()).contains(field);
    }

    private static List<String> fields(Http.Response response) {
        List<String> names = new ArrayList<>();
        for (JsonNode error : response.json().path("errors")) {
            names.add(error.path("field").asText());
        }
        return names;
    }
}
