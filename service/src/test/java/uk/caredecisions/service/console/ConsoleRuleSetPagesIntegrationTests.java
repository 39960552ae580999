package uk.caredecisions.service.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.caredecisions.service.rulesets.LifecycleIntegrationTest;

/** The rule-set pages over real HTTP, as a trainer (they only read): versions, a table cell by cell, a workbook's download. */
@LifecycleIntegrationTest
class ConsoleRuleSetPagesIntegrationTests {

    private static final String BUNDLED = "2026.12.2";

    @LocalServerPort
    int port;

    private ConsoleSession trainer;

    @BeforeEach
    void signIn() throws Exception {
        trainer = new ConsoleSession(port);
        trainer.signIn("trainer", "trainer-secret");
    }

    @Test
    void theListShowsTheBundledVersionLiveTodayWithItsSha256() throws Exception {
        HttpResponse<String> list = trainer.get("/console/rulesets");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("data-version=\"" + BUNDLED + "\"", "decisions are made under")
                .containsPattern("console-hash[^>]*>[0-9a-f]{64}<");
    }

    @Test
    void anImpossibleDateIsAnErrorSummaryLinkedToTheDayBox() throws Exception {
        HttpResponse<String> list = trainer.get("/console/rulesets?on-day=31&on-month=2&on-year=2027");

        assertThat(list.body()).contains("There is a problem", "href=\"#on-day\"", "The date must be a real date", "<title>Error: ");
    }

    @Test
    void aTableShowsEachRowWithItsSheetAndCell() throws Exception {
        HttpResponse<String> table = trainer.get("/console/rulesets/" + BUNDLED + "/tables/AdultSettings");

        assertThat(table.statusCode()).isEqualTo(200);
        assertThat(table.body()).contains("ADULT-SET-01", "Settings!A9", "<span>28</span>", "Settings!C9");
    }

    @Test
    void aWorkbookDownloadsByteForByteAsTheVersionHoldsIt() throws Exception {
        HttpResponse<byte[]> download = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/console/rulesets/" + BUNDLED + "/workbooks/adult-eligibility.drl.xlsx"))
                .header("Cookie", trainer.cookieHeader()).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"adult-eligibility.drl.xlsx\"");
        assertThat(download.body()).isEqualTo(Files.readAllBytes(Path.of(System.getProperty("repo.root", "..")).resolve("decision-tables/adult-eligibility.drl.xlsx")));
    }

    @Test
    void anUnknownVersionIsANotFoundPageNotJson() throws Exception {
        HttpResponse<String> missing = trainer.get("/console/rulesets/no-such-version");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(missing.body()).contains("Page not found", "There is no rule set no-such-version.");
        assertThat(trainer.get("/console/rulesets/" + BUNDLED + "/workbooks/nothing.drl.xlsx").statusCode()).isEqualTo(404);
    }
}
