package uk.caredecisions.service.rulesets;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.caredecisions.service.rulesets.Http.CLIENT;
import static uk.caredecisions.service.rulesets.Http.CLIENT_PASSWORD;
import static uk.caredecisions.service.rulesets.Http.LEAD;
import static uk.caredecisions.service.rulesets.Http.LEAD_PASSWORD;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The rule-set endpoints over real HTTP: list, table rows, validate, the publish gate, and deciding as of an older version. */
@LifecycleIntegrationTest
class RuleSetEndpointsIntegrationTests {

    private static final String BUNDLED = "2026.12.2";

    @Autowired
    TestRestTemplate rest;

    /** The service's clock, fixed by the test run: dates here are counted from it, never written as literals. */
    @Autowired
    Clock clock;

    @Autowired
    RuleSetPublisher publisher;

    @Autowired
    RuleSets ruleSets;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private TestRestTemplate client() {
        return rest.withBasicAuth(CLIENT, CLIENT_PASSWORD);
    }

    private ResponseEntity<String> validate(String part, String name, byte[] content) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add(part, Http.file(name, content));
        // Only a practice lead may send workbooks (see UploadRolesIntegrationTests).
        return rest.withBasicAuth(LEAD, LEAD_PASSWORD).postForEntity("/v1/rulesets/validate", Http.multipart(parts), String.class);
    }

    @Test
    void listsEveryLoadedRuleSetWithItsStatusHashTablesAndDrl() {
        ResponseEntity<String> response = client().getForEntity("/v1/rulesets", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode bundled = null;
        for (JsonNode rs : Http.read(response.getBody())) {
            if (rs.path("version").asText().equals(BUNDLED)) {
                bundled = rs;
            }
        }
        assertThat(bundled).isNotNull();
        assertThat(bundled.path("effectiveFrom").asText()).isEqualTo("2015-04-01");
        assertThat(bundled.path("sha256").asText()).matches("[0-9a-f]{64}");
        assertThat(bundled.path("status").asText()).isIn("ACTIVE", "SUPERSEDED");
        assertThat(bundled.path("tables").findValuesAsText("name")).contains("AdultOutcomes", "AdultWording", "CarerNextSteps");
        assertThat(bundled.path("drlFiles").toString()).contains("reg2-adults.drl").contains("reg3-carers.drl");
    }

    @Test
    void theRuleSetEndpointsAreInTheOpenApiDescription() {
        ResponseEntity<String> docs = rest.getForEntity("/v3/api-docs", String.class);

        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(docs.getBody()).contains("/v1/rulesets/validate", "/v1/rulesets/{version}/activate", "/v1/rulesets/{version}/tables/{table}");
        JsonNode activate = Http.read(docs.getBody()).path("paths").path("/v1/rulesets/{version}/activate").path("post");
        JsonNode from = null;
        for (JsonNode p : activate.path("parameters")) {
            if (p.path("name").asText().equals("effectiveFrom")) {
                from = p;
            }
        }
        assertThat(from).as("the optional effectiveFrom of an activation").isNotNull();
        assertThat(from.path("in").asText()).isEqualTo("query");
        assertThat(from.path("required").asBoolean(false)).isFalse();
        assertThat(from.path("description").asText()).contains("today or later");
    }

    @Test
    void aTablesRowsComeAsJsonWithCellReferences() {
        ResponseEntity<String> response = client().getForEntity("/v1/rulesets/" + BUNDLED + "/tables/AdultOutcomes", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode table = Http.read(response.getBody());
        assertThat(table.path("sheet").asText()).isEqualTo("Outcomes");
        assertThat(table.path("rows")).hasSize(10);
        JsonNode first = table.path("rows").get(0);
        assertThat(first.path("id").asText()).isEqualTo("ADULT-OUT-01");
        assertThat(first.path("cell").asText()).isEqualTo("adult-eligibility.drl.xlsx!Outcomes!A9");
        assertThat(first.path("cells").get(2).toString())
                .isEqualTo("{\"column\":\"Outcome\",\"value\":\"NUTRITION\",\"cell\":\"adult-eligibility.drl.xlsx!Outcomes!C9\"}");

        assertThat(client().getForEntity("/v1/rulesets/" + BUNDLED + "/tables/NoSuchTable", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(client().getForEntity("/v1/rulesets/0.0.0/tables/AdultOutcomes", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void validatingAnUploadReportsFindingsByCellAndChangesNothing() {
        String before = client().getForEntity("/v1/rulesets", String.class).getBody();
        byte[] conflicting = Http.withCell(Http.adultWorkbook(), "Outcomes", "C18", "NUTRITION");

        ResponseEntity<String> response = validate("workbooks", "adult-eligibility.drl.xlsx", conflicting);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode report = Http.read(response.getBody());
        assertThat(report.path("valid").asBoolean()).isFalse();
        assertThat(report.path("version").asText()).endsWith("+upload");
        assertThat(report.path("errors").findValuesAsText("location"))
                .contains("adult-eligibility.drl.xlsx!Outcomes!D18", "adult-eligibility.drl.xlsx!Outcomes!C8");
        assertThat(report.path("errors").findValuesAsText("check")).contains("no-conflicts", "no-gaps");
        assertThat(client().getForEntity("/v1/rulesets", String.class).getBody()).isEqualTo(before);

        JsonNode clean = Http.read(validate("workbooks", "adult-eligibility.drl.xlsx", Http.adultWorkbook()).getBody());
        assertThat(clean.path("errors")).isEmpty();
        assertThat(clean.path("valid").asBoolean()).isTrue();
    }

    @Test
    void aZipBundleIsValidatedAsAWholeRuleSet() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            for (String name : List.of("adult-eligibility.drl.xlsx", "carer-eligibility.drl.xlsx", "calendar.drl.xlsx", "ruleset.properties")) {
                out.putNextEntry(new ZipEntry("decision-tables/" + name));
                out.write(Files.readAllBytes(Http.tables().resolve(name)));
                out.closeEntry();
            }
        }

        JsonNode report = Http.read(validate("bundle", "rules.zip", zip.toByteArray()).getBody());

        assertThat(report.path("version").asText()).isEqualTo(BUNDLED);
        assertThat(report.path("workbooks")).hasSize(3);
        assertThat(report.path("errors")).isEmpty();
        assertThat(validate("bundle", "rules.zip", new byte[] {1, 2, 3}).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void anUploadedCellTryingToRunCodeIsRefusedAndNeverRuns(@TempDir Path dir) {
        Path pwned = dir.resolve("pwned");
        byte[] attack = Http.withCell(Http.adultWorkbook(), "Wording", "C9",
                "\"x\" || java.lang.Runtime.getRuntime().exec(\"touch " + pwned + "\") || \"");

        JsonNode report = Http.read(validate("workbooks", "adult-eligibility.drl.xlsx", attack).getBody());
        ResponseEntity<String> staged = Http.stage(rest, "attack-" + UUID.randomUUID().toString().substring(0, 8), today().plusDays(9).toString(), attack, List.of());

        assertThat(report.path("errors").findValuesAsText("location")).contains("adult-eligibility.drl.xlsx!Wording!C9");
        assertThat(staged.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(Http.read(staged.getBody()).path("errors").findValuesAsText("field")).contains("adult-eligibility.drl.xlsx!Wording!C9");
        assertThat(Files.exists(pwned)).isFalse();
    }

    @Test
    void aChangeThatBreaksAScenarioIsRefusedUnlessAcceptedThenDecidesFromItsEffectiveDate() {
        LocalDate effective = today().plusDays(9);
        String version = "asof-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] shorterMinimum = Http.withCell(Http.adultWorkbook(), "Settings", "C9", 14);

        ResponseEntity<String> refused = Http.stage(rest, version, effective.toString(), shorterMinimum, List.of());
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        JsonNode problem = Http.read(refused.getBody());
        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("test-scenarios/adult-eligibility/fluctuation-too-short.yaml");
        assertThat(problem.path("scenarios").path("differences").get(0).path("mismatches").toString()).contains("FLUCTUATION_PERIOD_TOO_SHORT");
        assertThat(client().getForEntity("/v1/rulesets", String.class).getBody()).doesNotContain(version);

        ResponseEntity<String> staged = Http.stage(rest, version, effective.toString(), shorterMinimum,
                List.of("adult-eligibility/fluctuation-too-short.yaml"));
        assertThat(staged.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(Http.read(staged.getBody()).path("status").asText()).isEqualTo("STAGED");
        // The impact against the live version names the scenario whose answer changes, with both explanations.
        JsonNode impact = Http.read(staged.getBody()).path("impact");
        assertThat(impact.path("changed").findValuesAsText("id")).contains("adult-eligibility/fluctuation-too-short.yaml");
        assertThat(impact.path("changed").get(0).path("reasonsBefore").isArray()).isTrue();

        // Staged: it decides nothing yet, whatever the date.
        JsonNode stillOld = decide(effective.plusDays(14).toString(), 20);
        assertThat(stillOld.path("ruleSet").path("version").asText()).isNotEqualTo(version);

        ResponseEntity<String> activated = Http.activate(rest, version);
        assertThat(activated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(Http.read(activated.getBody()).path("status").asText()).isEqualTo("SCHEDULED");

        // The day before it takes effect, the older version decides: 20 days is short of its 28-day minimum.
        JsonNode before = decide(effective.minusDays(1).toString(), 20);
        assertThat(before.path("ruleSet").path("version").asText()).isNotEqualTo(version);
        assertThat(Http.codes(before.path("warnings"))).contains("FLUCTUATION_PERIOD_TOO_SHORT");
        // From its effective date the new version decides: 20 days meets its 14-day minimum.
        JsonNode after = decide(effective.toString(), 20);
        assertThat(after.path("ruleSet").path("version").asText()).isEqualTo(version);
        assertThat(Http.codes(after.path("warnings"))).doesNotContain("FLUCTUATION_PERIOD_TOO_SHORT");
        // The same request as of the old date still gets the old answer: decisions follow asOf, not the clock.
        assertThat(decide(effective.minusDays(1).toString(), 20).path("ruleSet").path("version").asText()).isEqualTo(before.path("ruleSet").path("version").asText());
    }

    @Test
    void activatedFromAChosenDateItIsScheduledAndDecisionsBeforeThatDateStayUnderTheVersionInForceThen() {
        // Far beyond the dates other tests sharing this service decide on, and the live content: no other test's decision changes.
        LocalDate stagedFor = today().plusYears(35);
        LocalDate chosen = today().plusYears(40);
        String version = "redated-" + UUID.randomUUID().toString().substring(0, 8);
        publisher.stage(version, stagedFor, java.util.Map.of(), java.util.Set.of(), LEAD);
        String sha = ruleSets.version(version).orElseThrow().sha256();

        ResponseEntity<String> activated = activate(version, chosen.toString());

        assertThat(activated.getStatusCode()).as(activated.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode summary = Http.read(activated.getBody());
        assertThat(summary.path("status").asText()).isEqualTo("SCHEDULED");
        assertThat(summary.path("effectiveFrom").asText()).isEqualTo(chosen.toString());
        assertThat(summary.path("sha256").asText()).as("the sha256 covers the rules and workbooks, not the date").isEqualTo(sha);
        JsonNode listed = null;
        for (JsonNode v : Http.read(client().getForEntity("/v1/rulesets", String.class).getBody())) {
            if (v.path("version").asText().equals(version)) {
                listed = v;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.path("effectiveFrom").asText()).isEqualTo(chosen.toString());
        assertThat(listed.path("provenance").path("activatedBy").asText()).isEqualTo(LEAD);
        assertThat(listed.path("provenance").path("activatedFrom").asText()).isEqualTo(chosen.toString());
        assertThat(listed.path("provenance").path("stagedFrom").asText()).isEqualTo(stagedFor.toString());

        assertThat(decide(chosen.minusDays(1).toString(), 20).path("ruleSet").path("version").asText()).as("the day before").isNotEqualTo(version);
        assertThat(decide(stagedFor.toString(), 20).path("ruleSet").path("version").asText()).as("the date it was staged with").isNotEqualTo(version);
        JsonNode on = decide(chosen.toString(), 20).path("ruleSet");
        assertThat(on.path("version").asText()).isEqualTo(version);
        assertThat(on.path("effectiveFrom").asText()).isEqualTo(chosen.toString());

        ResponseEntity<String> redated = activate(version, chosen.plusDays(1).toString());
        assertThat(redated.getStatusCode()).as("already active: its date is not changed").isEqualTo(HttpStatus.CONFLICT);
        assertThat(Http.read(redated.getBody()).path("errors").findValuesAsText("field")).containsExactly("effectiveFrom");
    }

    @Test
    void anActivationDateThatIsNotADateIsPastOrBeyond2100IsRefusedNamingEffectiveFromAndNothingIsActivated() {
        String version = "baddate-" + UUID.randomUUID().toString().substring(0, 8);
        publisher.stage(version, today().plusYears(36), java.util.Map.of(), java.util.Set.of(), LEAD);

        for (String bad : List.of("first of January", today().minusDays(1).toString(), "2101-01-01", "2015-03-31")) {
            ResponseEntity<String> refused = activate(version, bad);
            assertThat(refused.getStatusCode()).as(bad).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
            assertThat(Http.read(refused.getBody()).path("errors").findValuesAsText("field")).as(bad).containsExactly("effectiveFrom");
        }
        assertThat(ruleSets.library().status(version, today())).isEqualTo(uk.caredecisions.rulesets.RuleSetLibrary.Status.STAGED);
    }

    private ResponseEntity<String> activate(String version, String effectiveFrom) {
        return rest.withBasicAuth(LEAD, LEAD_PASSWORD).postForEntity("/v1/rulesets/{version}/activate?effectiveFrom={from}", null, String.class,
                version, effectiveFrom);
    }

    @Test
    void aWorkbookThatDoesNotCompileIsRefusedAtItsCell() {
        ResponseEntity<String> refused = Http.stage(rest, "broken-" + UUID.randomUUID().toString().substring(0, 8), today().plusDays(9).toString(),
                Http.withCell(Http.adultWorkbook(), "Settings", "C9", "TWENTY_EIGHT"), List.of());

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        JsonNode problem = Http.read(refused.getBody());
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("adult-eligibility.drl.xlsx!Settings!C9");
        assertThat(problem.path("errors").get(0).path("message").asText()).contains("does not compile");
    }

    @Test
    void badStagingRequestsAreProblemsNamingTheField() {
        assertThat(Http.read(Http.stage(rest, "v1", "first of December", null, List.of()).getBody())
                .path("errors").findValuesAsText("field")).containsExactly("effectiveFrom");
        assertThat(Http.read(Http.stage(rest, "../etc", today().plusDays(9).toString(), null, List.of()).getBody())
                .path("errors").findValuesAsText("field")).containsExactly("version");
        ResponseEntity<String> again = Http.stage(rest, BUNDLED, today().plusDays(9).toString(), null, List.of());
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(Http.activate(rest, "no-such-version").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private JsonNode decide(String asOf, int days) {
        ResponseEntity<String> response = client().postForEntity("/v1/decisions/adult-eligibility", Http.json(Http.adultRequest(asOf, days)), String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return Http.read(response.getBody());
    }
}
