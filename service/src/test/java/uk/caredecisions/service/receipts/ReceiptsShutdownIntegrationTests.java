package uk.caredecisions.service.receipts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.caredecisions.service.store.EmbeddedPostgresServer;

/**
 * The service as an operator runs it (its own JVM, its embedded PostgreSQL), stopped with SIGTERM
 * while receipts are still waiting to be written: a clean shutdown writes every one before the
 * database goes. The writer's linger is set long so the receipts are certainly still waiting.
 */
@Tag("slow")
class ReceiptsShutdownIntegrationTests {

    private static final String ADULT = """
            {"needsFromImpairmentOrIllness":"YES","outcomes":{"NUTRITION":{"unableWithoutAssistance":true},
             "PERSONAL_HYGIENE":{"unableWithoutAssistance":true}},"significantImpactOnWellbeing":"YES","caseReference":"SHUTDOWN-%d"}""";

    @Test
    void receiptsStillWaitingWhenTheServiceIsToldToStopAreAllWritten(@TempDir Path data) throws Exception {
        int port = freePort();
        int pgPort = freePort();
        Path log = data.resolve("service.log");
        Process service = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "uk.caredecisions.service.DecisionServiceApplication",
                "--server.port=" + port, "--caredecisions.store.embedded.data-dir=" + data.resolve("pg"),
                "--caredecisions.store.embedded.port=" + pgPort, "--caredecisions.receipts.linger=5s",
                "--caredecisions.rulesets.store-dir=" + data.resolve("no-old-store")))
                .directory(Path.of(System.getProperty("repo.root", "..")).toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            waitUntilReady(http, port, service, log);
            String auth = "Basic " + Base64.getEncoder().encodeToString("case-system:case-system-secret".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/decisions/adult-eligibility"))
                        .header("Authorization", auth).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(ADULT.formatted(i))).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            }
            service.destroy(); // SIGTERM, as an orchestrator stops a pod
            assertThat(service.waitFor(90, TimeUnit.SECONDS)).as("stopped within 90 s").isTrue();
        } finally {
            service.destroyForcibly();
        }
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(data.resolve("pg").toString(), 0);
             Connection db = DriverManager.getConnection(pg.jdbcUrl(), pg.user(), "");
             ResultSet rows = db.createStatement().executeQuery("SELECT count(*) FROM decision_receipt WHERE request LIKE '%SHUTDOWN-%'")) {
            rows.next();
            assertThat(rows.getLong(1)).as("receipts written before the database stopped; the service's log: %s",
                    Files.readString(log).lines().filter(l -> l.contains("eceipt")).toList()).isEqualTo(3);
        }
    }

    private static void waitUntilReady(HttpClient http, int port, Process service, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertThat(service.isAlive()).as("the service is running: %s", Files.readString(log)).isTrue();
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).timeout(Duration.ofSeconds(2))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The service was not ready within 120 s: " + Files.readString(log));
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
