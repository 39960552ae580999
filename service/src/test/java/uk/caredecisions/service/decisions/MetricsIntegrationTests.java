package uk.caredecisions.service.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP: after a decision, {@code /actuator/prometheus} shows the decision counted by
 * type, outcome and rule set, its latency histogram, the table rows it hit, and how long the
 * rule set took to build.
 */
// Spring Boot's tests switch metric export off unless asked: this test is about the export.
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "caredecisions.tables-dir=${repo.root}/decision-tables")
class MetricsIntegrationTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void prometheusShowsDecisionsLatencyRowHitsAndBuildTime() throws Exception {
        String body = """
                {"caseReference": "METRICS-1", "asOf": "2026-11-22", "needsFromImpairmentOrIllness": "YES",
                 "outcomes": {"NUTRITION": {"unableWithoutAssistance": true}, "PERSONAL_HYGIENE": {"unableWithoutAssistance": true}},
                 "significantImpactOnWellbeing": "YES"}""";
        HttpResponse<String> decided = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/decisions/adult-eligibility"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("case-system:case-system-secret".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        assertThat(decided.body()).contains("\"outcome\":\"ELIGIBLE\"");

        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        HttpResponse<String> asClient = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("case-system:case-system-secret".getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(asClient.statusCode()).isEqualTo(403);
        HttpResponse<String> scraped = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("monitoring:monitoring-secret".getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(scraped.statusCode()).isEqualTo(200);
        List<String> help = scraped.body().lines().filter(l -> l.startsWith("# HELP ")).toList();
        for (String metric : List.of("decisions_total", "decision_latency_seconds", "table_row_hits_total", "ruleset_build_seconds", "ruleset_info",
                "calendar_last_covered_year")) {
            assertThat(help).as("HELP for " + metric).anyMatch(l -> l.startsWith("# HELP " + metric + " ") && l.length() > ("# HELP " + metric + " ").length() + 10);
        }
        List<String> lines = scraped.body().lines().filter(l -> !l.startsWith("#")).toList();
        assertThat(lines).as("label names are snake_case").noneMatch(l -> l.contains("ruleSet="));
        assertThat(lines).anyMatch(l -> l.startsWith("ruleset_info{") && l.contains("version=\"") && l.contains("sha256=\"")
                && l.contains("effective_from=\"") && value(l) == 1.0);

        assertThat(lines).anyMatch(l -> l.startsWith("decisions_total{") && l.contains("type=\"ADULT_ELIGIBILITY\"")
                && l.contains("outcome=\"ELIGIBLE\"") && l.contains("rule_set=\"") && value(l) >= 1);
        assertThat(lines).anyMatch(l -> l.startsWith("decision_latency_seconds_bucket{") && l.contains("type=\"ADULT_ELIGIBILITY\"") && l.contains("le=\""));
        assertThat(lines).anyMatch(l -> l.startsWith("decision_latency_seconds_count{") && l.contains("type=\"ADULT_ELIGIBILITY\"") && value(l) >= 1);
        assertThat(lines).anyMatch(l -> l.startsWith("table_row_hits_total{") && l.contains("row=\"") && l.contains("table=\"") && value(l) >= 1);
        assertThat(lines).anyMatch(l -> l.startsWith("ruleset_build_seconds_count{") && l.contains("version=\"") && value(l) >= 1);
        assertThat(lines).anyMatch(l -> l.startsWith("ruleset_build_seconds_sum{") && value(l) > 0);
    }

    @Test
    void everyMetricTheGrafanaDashboardQueriesIsExported() throws Exception {
        // A decision first, so the per-decision meters exist.
        prometheusShowsDecisionsLatencyRowHitsAndBuildTime();
        String scrape = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("monitoring:monitoring-secret".getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        com.fasterxml.jackson.databind.JsonNode dashboard = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(java.nio.file.Path.of("deploy", "grafana", "care-decisions.json").toFile());
        List<String> exprs = dashboard.findValuesAsText("expr");
        assertThat(exprs).hasSizeGreaterThanOrEqualTo(7);
        java.util.regex.Matcher names = java.util.regex.Pattern.compile("\\b(decisions_total|decision_latency_seconds_bucket|table_row_hits_total"
                + "|ruleset_info|calendar_last_covered_year|waiting_list_latency_seconds_bucket|[a-z_]+_total|[a-z_]+_bucket)\\b").matcher(String.join(" ", exprs));
        java.util.Set<String> used = new java.util.TreeSet<>();
        while (names.find()) {
            used.add(names.group(1));
        }
        assertThat(used).contains("decisions_total", "decision_latency_seconds_bucket", "table_row_hits_total", "ruleset_info");
        for (String metric : used) {
            if (!metric.equals("waiting_list_latency_seconds_bucket")) { // exported once a waiting list has been re-prioritised
                assertThat(scrape.contains("\n" + metric + "{") || scrape.contains("\n" + metric + " ")).as(metric + " is exported").isTrue();
            }
        }
    }

    private static double value(String line) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }
}
