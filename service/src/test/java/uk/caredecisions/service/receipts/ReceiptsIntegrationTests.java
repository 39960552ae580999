package uk.caredecisions.service.receipts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.caredecisions.service.Http;
import uk.caredecisions.service.rulesets.LifecycleIntegrationTest;

/** Receipts over real HTTP: one for every kind of call, read and replayed by the auditor alone. */
@LifecycleIntegrationTest
class ReceiptsIntegrationTests {

    static final String ADULT = """
            {"caseReference": "RCPT-ADULT", "asOf": "2026-11-22", "needsFromImpairmentOrIllness": "YES",
             "outcomes": {"NUTRITION": {"unableWithoutAssistance": true}, "PERSONAL_HYGIENE": {"unableWithoutAssistance": true}},
             "significantImpactOnWellbeing": "YES"}""";
    static final String CARER = """
            {"caseReference": "RCPT-CARER", "providesNecessaryCare": "YES", "healthDeterioratingOrAtRisk": "NO",
             "outcomes": {"NUTRITION": {"takesSignificantlyLonger": true}}, "significantImpactOnWellbeing": "YES"}""";
    static final String CONCERN = """
            {"caseReference": "RCPT-SG", "receivedAt": "2026-11-20T16:40:00Z", "careAndSupportNeeds": "YES", "abuseOrNeglect": "EXPERIENCING",
             "unableToProtectSelf": "YES", "abuseTypes": ["MODERN_SLAVERY"], "harm": "SIGNIFICANT", "location": "OWN_HOME",
             "sourceOfRisk": "UNKNOWN_TO_INDIVIDUAL", "mentalCapacity": "HAS_CAPACITY", "adultWishes": "WANTS_ACTION"}""";
    static final String TRIAGE = """
            {"caseReference": "RCPT-TRIAGE", "contactReceivedAt": "2026-11-20T09:15:00Z", "routeOfAccess": "COMMUNITY",
             "presentingRisks": ["RECENT_FALL"], "appearsToHaveCareAndSupportNeeds": "YES", "urgentNeed": "NO"}""";

    @LocalServerPort
    int port;
    @Autowired
    ReceiptWriter writer;
    @Autowired
    java.time.Clock clock;
    @Autowired
    Receipts receipts;

    /** The days around the service's today, whatever date the clock is fixed at (the far-clock run is years ahead). */
    private String aroundToday() {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        return "from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
    }

    private Http http() {
        return new Http(port);
    }

    private String decide(String path, String body) {
        Http.Response r = http().post(path, body, Http.CLIENT);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().path("decisionId").asText();
    }

    @Test
    void everyDecisionTypeTheBatchAndTheWaitingListLeaveAReceiptTheAuditorAloneCanReadAndReplayIdentically() throws Exception {
        List<String> ids = new ArrayList<>();
        ids.add(decide("/v1/decisions/adult-eligibility", ADULT));
        ids.add(decide("/v1/decisions/carer-eligibility", CARER));
        ids.add(decide("/v1/decisions/safeguarding-concern", CONCERN));
        ids.add(decide("/v1/decisions/triage", TRIAGE));
        Http.Response batch = http().post("/v1/decisions/triage/batch", "{\"requests\": [" + TRIAGE + "," + TRIAGE.replace("RECENT_FALL", "SOCIAL_ISOLATION") + "]}",
                Http.CLIENT);
        assertThat(batch.status()).isEqualTo(200);
        batch.json().path("results").forEach(r -> ids.add(r.path("decisionId").asText()));
        assertThat(ids).hasSize(6).doesNotContain("");
        assertThat(writer.flush(10_000)).isTrue();

        for (String id : ids) {
            Http.Response receipt = http().get("/v1/decisions/" + id, Http.AUDITOR);
            assertThat(receipt.status()).as(receipt.body()).isEqualTo(200);
            JsonNode r = receipt.json();
            assertThat(r.path("client").asText()).isEqualTo("case-system");
            assertThat(r.path("ruleSet").path("version").asText()).isNotBlank();
            assertThat(r.path("response").path("decisionId").asText()).isEqualTo(id);
            assertThat(r.path("hash").asText()).hasSize(64);
            Http.Response replayed = http().post("/v1/decisions/" + id + "/replay", "", Http.AUDITOR);
            assertThat(replayed.status()).as(replayed.body()).isEqualTo(200);
            assertThat(replayed.json().path("identical").asBoolean()).as(replayed.body()).isTrue();
        }
        JsonNode adult = http().get("/v1/decisions/" + ids.get(0), Http.AUDITOR).json();
        assertThat(adult.path("decisionType").asText()).isEqualTo("ADULT_ELIGIBILITY");
        assertThat(adult.path("request").path("caseReference").asText()).isEqualTo("RCPT-ADULT");
        assertThat(adult.path("outcome").asText()).isEqualTo(adult.path("response").path("outcome").asText());

        for (String who : List.of(Http.CLIENT, Http.LEAD, Http.TRAINER)) {
            assertThat(http().get("/v1/decisions/" + ids.get(0), who).status()).as(who).isEqualTo(403);
            assertThat(http().post("/v1/decisions/" + ids.get(0) + "/replay", "", who).status()).as(who).isEqualTo(403);
            assertThat(http().get("/v1/receipts/verify", who).status()).as(who).isEqualTo(403);
        }
        assertThat(http().get("/v1/decisions/no-such-decision", Http.AUDITOR).status()).isEqualTo(404);
        Http.Response verify = http().get("/v1/receipts/verify", Http.AUDITOR);
        assertThat(verify.json().path("verified").asBoolean()).as(verify.body()).isTrue();
    }

    @Test
    void aNulCharacterInACaseReferenceIsKeptAsAReplacementCharacterSoTheReportsStillCountAndItStillReplays() throws Exception {
        // Found by the fuzz test: jsonb cannot hold NUL, and one such receipt made every report a 503.
        String id = decide("/v1/decisions/triage", TRIAGE.replace("RCPT-TRIAGE", "RCPT\\u0000NUL"));
        assertThat(writer.flush(10_000)).isTrue();
        Http.Response report = http().get("/v1/reports/triage?" + aroundToday(), Http.AUDITOR);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        JsonNode receipt = http().get("/v1/decisions/" + id, Http.AUDITOR).json();
        assertThat(receipt.path("request").path("caseReference").asText()).isEqualTo("RCPT\uFFFDNUL");
        assertThat(http().post("/v1/decisions/" + id + "/replay", "", Http.AUDITOR).json().path("identical").asBoolean()).isTrue();
    }

    @Test
    void theAnswerKeptIsTheAnswerSentByteForByte() throws Exception {
        // Written once on the request thread, the same bytes go to the case system and into the receipt.
        for (String[] call : new String[][] {{"/v1/decisions/adult-eligibility", ADULT}, {"/v1/decisions/safeguarding-concern", CONCERN}}) {
            Http.Response sent = http().post(call[0], call[1], Http.CLIENT);
            assertThat(sent.status()).as(sent.body()).isEqualTo(200);
            assertThat(sent.contentType()).startsWith("application/json");
            assertThat(writer.flush(10_000)).isTrue();
            assertThat(receipts.byId(sent.json().path("decisionId").asText()).orElseThrow().response().text()).isEqualTo(sent.body());
        }
        // A waiting list's answer too (megabytes for a week's list): its receipt's id is not in the answer, so it is found by its case.
        String list = "{\"asOf\": \"2026-11-23\", \"cases\": [{\"caseReference\": \"RCPT-BYTES-W1\", \"waitingSince\": \"2026-09-01\", \"triage\": "
                + "{\"routeOfAccess\": \"COMMUNITY\", \"presentingRisks\": [\"RECENT_FALL\"], \"appearsToHaveCareAndSupportNeeds\": \"YES\"}}]}";
        Http.Response sent = http().post("/v1/waiting-list/prioritise", list, Http.CLIENT);
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.contentType()).startsWith("application/json");
        assertThat(writer.flush(10_000)).isTrue();
        String id = receipts.jdbc().queryForObject("SELECT decision_id FROM decision_receipt WHERE decision_type = 'WAITING_LIST' "
                + "AND request LIKE '%RCPT-BYTES-W1%'", String.class);
        assertThat(receipts.byId(id).orElseThrow().response().text()).isEqualTo(sent.body());
    }

    @Test
    void aReceiptAskedForTheMomentItsDecisionIsAnsweredIsFoundThoughItIsWrittenABatchLater() throws Exception {
        // The writer waits up to its linger (20 ms) for more receipts; an auditor's lookup straight after must not be a 404.
        for (int i = 0; i < 5; i++) {
            String id = decide("/v1/decisions/triage", TRIAGE.replace("RCPT-TRIAGE", "RCPT-AT-ONCE-" + i));
            Http.Response receipt = http().get("/v1/decisions/" + id, Http.AUDITOR);
            assertThat(receipt.status()).as(receipt.body()).isEqualTo(200);
            assertThat(receipt.json().path("decisionId").asText()).isEqualTo(id);
        }
        assertThat(http().get("/v1/decisions/no-such-decision", Http.AUDITOR).status()).isEqualTo(404);
    }

    @Test
    void aCaseReferenceHoldingWhatEndsAFieldOrARowInCopyIsKeptExactlyAndTheChainStillVerifies() throws Exception {
        // Receipts are written with COPY, whose text format ends a field at a tab and a row at a newline, and reads \N as null.
        String reference = "RCPT\\t\\n\\r\\\\N\\\\.";
        String id = decide("/v1/decisions/triage", TRIAGE.replace("RCPT-TRIAGE", reference));
        String next = decide("/v1/decisions/triage", TRIAGE);
        assertThat(writer.flush(10_000)).isTrue();
        JsonNode receipt = http().get("/v1/decisions/" + id, Http.AUDITOR).json();
        assertThat(receipt.path("request").path("caseReference").asText()).isEqualTo("RCPT\t\n\r\\N\\.");
        assertThat(receipt.path("response").path("caseReference").asText()).isEqualTo("RCPT\t\n\r\\N\\.");
        assertThat(http().post("/v1/decisions/" + id + "/replay", "", Http.AUDITOR).json().path("identical").asBoolean()).isTrue();
        assertThat(http().get("/v1/decisions/" + next, Http.AUDITOR).status()).isEqualTo(200);
        Http.Response verify = http().get("/v1/receipts/verify", Http.AUDITOR);
        assertThat(verify.json().path("verified").asBoolean()).as(verify.body()).isTrue();
    }

    @Test
    void aConcernSentWithAbuseTypesNullIsCountedWithoutAType() throws Exception {
        // Found by the full run (the fuzz test's bodies): JSON null where a list belongs made the report fail (a 500).
        Http.Response sent = http().post("/v1/decisions/safeguarding-concern", CONCERN.replace("[\"MODERN_SLAVERY\"]", "null"), Http.CLIENT);
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(writer.flush(10_000)).isTrue();
        Http.Response report = http().get("/v1/reports/safeguarding?" + aroundToday(), Http.AUDITOR);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().path("figures").path("concerns").asLong()).isPositive();
    }

    @Test
    void theWaitingListLeavesOneReceiptWithEveryCase() throws Exception {
        String body = "{\"asOf\": \"2026-11-23\", \"cases\": [{\"caseReference\": \"RCPT-W1\", \"waitingSince\": \"2026-09-01\", \"triage\": "
                + "{\"routeOfAccess\": \"COMMUNITY\", \"presentingRisks\": [\"RECENT_FALL\"], \"appearsToHaveCareAndSupportNeeds\": \"YES\"}}]}";
        Http.Response list = http().post("/v1/waiting-list/prioritise", body, Http.CLIENT);
        assertThat(list.status()).isEqualTo(200);
        assertThat(writer.flush(10_000)).isTrue();
        Http.Response report = http().get("/v1/reports/waiting-list?" + aroundToday(), Http.AUDITOR);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().path("figures").path("casesEscalated").asLong()).isPositive();
    }

    @Test
    void reportsAnswerInJsonAndCsvToThePracticeLeadAndTheAuditorAndNameBadDates() throws Exception {
        decide("/v1/decisions/safeguarding-concern", CONCERN);
        assertThat(writer.flush(10_000)).isTrue();
        Http.Response json = http().get("/v1/reports/safeguarding?" + aroundToday(), Http.LEAD);
        assertThat(json.status()).as(json.body()).isEqualTo(200);
        assertThat(json.json().path("figures").path("concerns").asLong()).isPositive();
        assertThat(json.json().path("counts").toString()).contains("MODERN_SLAVERY");

        Http.Response csv = http().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                + "/v1/reports/safeguarding?" + aroundToday())).header("Accept", "text/csv").GET(), Http.AUDITOR);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("measure,by,count\n").contains("concernsByAbuseType,MODERN_SLAVERY,");

        assertThat(http().get("/v1/reports/safeguarding", Http.CLIENT).status()).isEqualTo(403);
        Http.Response bad = http().get("/v1/reports/triage?from=yesterday&to=2026-13-01", Http.AUDITOR);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"from\"", "\"to\"");
        assertThat(http().get("/v1/reports/triage?from=2026-12-01&to=2026-11-01", Http.AUDITOR).body()).contains("is after");
        assertThat(http().get("/v1/reports/nonsense", Http.AUDITOR).status()).isEqualTo(404);
    }

    @Test
    void aWaitingListLargerThanTheBulkLimitIsTakenAndItsReceiptKeepsTheRequestAsSentButCompact() throws Exception {
        // Read as a stream, a list may be up to 64 MB (100,000 cases are about 37 MB); the other bulk calls stay at 32 MB.
        String cases = "[{\"caseReference\": \"RCPT-BIG-W1\", \"waitingSince\": \"2026-09-01\", \"triage\": "
                + "{\"routeOfAccess\": \"COMMUNITY\", \"presentingRisks\": [\"RECENT_FALL\"], \"appearsToHaveCareAndSupportNeeds\": \"YES\"}}]";
        String padded = "{\"asOf\": \"2026-11-23\",\n" + " ".repeat(33 * 1024 * 1024) + "\"cases\": " + cases + "}\n\n";
        Http.Response sent = http().post("/v1/waiting-list/prioritise", padded, Http.CLIENT);
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(http().post("/v1/decisions/triage/batch", "{\"requests\": []" + " ".repeat(33 * 1024 * 1024) + "}", Http.CLIENT).status())
                .isEqualTo(413);
        assertThat(writer.flush(20_000)).isTrue();
        String id = receipts.jdbc().queryForObject("SELECT decision_id FROM decision_receipt WHERE decision_type = 'WAITING_LIST' "
                + "AND request LIKE '%RCPT-BIG-W1%'", String.class);
        Receipt kept = receipts.byId(id).orElseThrow();
        // As sent, not as the list changed it while deciding (no contactReceivedAt added): compact, the padding gone.
        assertThat(kept.request().text()).isEqualTo("{\"asOf\":\"2026-11-23\",\"cases\":" + cases.replace(": ", ":").replace(", ", ",") + "}");
        assertThat(kept.response().text()).isEqualTo(sent.body());
        Http.Response replay = http().post("/v1/decisions/" + id + "/replay", "", Http.AUDITOR);
        assertThat(replay.json().path("identical").asBoolean()).as(replay.body()).isTrue();
        // Looked up, the request and the answer are written as they are kept (never read into trees: 150 MB for 100,000 cases).
        Http.Response lookup = http().get("/v1/decisions/" + id, Http.AUDITOR);
        assertThat(lookup.body()).contains("\"request\":" + kept.request().text() + ",\"response\":" + sent.body() + ",");
        assertThat(lookup.json().path("response")).isEqualTo(sent.json());
    }
}
