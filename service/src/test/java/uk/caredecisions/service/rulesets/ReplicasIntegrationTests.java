package uk.caredecisions.service.rulesets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.caredecisions.service.DecisionServiceApplication;
import uk.caredecisions.service.store.EmbeddedPostgresServer;

/**
 * Two service instances on one PostgreSQL, as two replicas behind a load balancer: each a whole
 * Spring application on its own port, deciding over real HTTP. Convergence times are measured
 * and printed (and written to target/replicas.txt), never asserted beyond the bound.
 */
@Tag("slow")
class ReplicasIntegrationTests {

    /** A liveness bound, not a timing: the measured times (median and worst, printed) are what the README gives. */
    private static final long BOUND_MS = 30_000;
    private static final String TODAY = "2026-11-22";

    private static EmbeddedPostgresServer postgres;
    private static Replica a;
    private static Replica b;

    private record Replica(ConfigurableApplicationContext context, TestRestTemplate rest) {
        void close() {
            context.close();
        }

        String versionOfNextDecision() {
            ResponseEntity<String> r = rest.withBasicAuth(Http.CLIENT, Http.CLIENT_PASSWORD)
                    .postForEntity("/v1/decisions/adult-eligibility", Http.json(Http.adultRequest(TODAY, 30)), String.class);
            return r.getStatusCode() == HttpStatus.OK ? Http.read(r.getBody()).path("ruleSet").path("version").asText() : "HTTP " + r.getStatusCode().value();
        }

        int readiness() {
            return rest.getForEntity("/actuator/health/readiness", String.class).getStatusCode().value();
        }
    }

    private static Replica start(String name) {
        // As arguments, so they outrank application.yml (default properties would not).
        ConfigurableApplicationContext context = new SpringApplicationBuilder(DecisionServiceApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + postgres.jdbcUrl(),
                "--spring.datasource.username=" + postgres.user(),
                "--caredecisions.tables-dir=" + Http.tables(),
                "--caredecisions.rulesets.scenarios-dir=" + Path.of(System.getProperty("repo.root", "..")).resolve("service/src/test/resources/lifecycle-scenarios"),
                "--caredecisions.security.users[0].username=case-system", "--caredecisions.security.users[0].password={noop}case-system-secret",
                "--caredecisions.security.users[0].roles=CLIENT",
                "--caredecisions.security.users[1].username=practice-lead", "--caredecisions.security.users[1].password={noop}practice-lead-secret",
                "--caredecisions.security.users[1].roles=PRACTICE_LEAD,CLIENT",
                "--spring.application.name=" + name);
        String port = context.getEnvironment().getProperty("local.server.port");
        return new Replica(context, new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port)));
    }

    @BeforeAll
    static void twoReplicasOnOneDatabase() {
        postgres = EmbeddedPostgresServer.start(null, 0);
        a = start("replica-a");
        b = start("replica-b");
    }

    @AfterAll
    static void stop() {
        for (Replica r : new Replica[] {a, b}) {
            if (r != null) {
                r.close();
            }
        }
        postgres.close();
    }

    private static void stageAndActivate(Replica on, String version) {
        ResponseEntity<String> staged = Http.stage(on.rest(), version, TODAY, null, List.of());
        assertThat(staged.getStatusCode()).as(staged.getBody()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<String> activated = Http.activate(on.rest(), version);
        assertThat(activated.getStatusCode()).as(activated.getBody()).isEqualTo(HttpStatus.OK);
    }

    /** Milliseconds until {@code replica} answers a decision under {@code version}, or -1 past the bound. */
    private static long untilDecidedUnder(Replica replica, String version, long since) throws InterruptedException {
        while (System.nanoTime() - since < TimeUnit.MILLISECONDS.toNanos(BOUND_MS)) {
            if (replica.versionOfNextDecision().equals(version)) {
                return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since);
            }
            Thread.sleep(20);
        }
        return -1;
    }

    @Test
    void anActivationThroughOneReplicaIsInForceOnTheOtherWithinTheBoundTwentyTimesOver() throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            Replica on = i % 2 == 0 ? b : a;
            Replica other = on == a ? b : a;
            String version = "conv-" + i;
            stageAndActivate(on, version);
            long activated = System.nanoTime();
            assertThat(on.versionOfNextDecision()).as("at once on the replica that activated").isEqualTo(version);
            long took = untilDecidedUnder(other, version, activated);
            assertThat(took).as("converged within " + BOUND_MS + " ms").isNotNegative();
            times.add(took);
        }
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        String line = "Replica convergence over 20 activations: median %d ms, worst %d ms, all %s".formatted(
                (sorted.get(9) + sorted.get(10)) / 2, sorted.get(19), times);
        System.out.println(line);
        write(line);
        JsonNode listing = Http.read(a.rest().withBasicAuth(Http.CLIENT, Http.CLIENT_PASSWORD).getForEntity("/v1/rulesets", String.class).getBody());
        JsonNode conv1 = null;
        for (JsonNode v : listing) {
            if (v.path("version").asText().equals("conv-1")) {
                conv1 = v;
            }
        }
        assertThat(conv1).isNotNull();
        assertThat(conv1.path("provenance").path("stagedBy").asText()).isEqualTo("practice-lead");
        assertThat(conv1.path("provenance").path("activatedBy").asText()).isEqualTo("practice-lead");
    }

    @Test
    void publishingUnderLoadOnBothReplicasFailsNoRequestAndEveryAnswerNamesTheOldOrTheNewVersion() throws Exception {
        String old = a.versionOfNextDecision();
        assertThat(b.versionOfNextDecision()).isEqualTo(old);
        String next = "load-both";
        ConcurrentLinkedQueue<String> answers = new ConcurrentLinkedQueue<>();
        AtomicInteger failed = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            Replica target = t % 2 == 0 ? a : b;
            pool.submit(() -> {
                while (running.get()) {
                    String v = target.versionOfNextDecision();
                    if (v.startsWith("HTTP")) {
                        failed.incrementAndGet();
                    }
                    answers.add(v);
                }
            });
        }
        Thread.sleep(500);
        stageAndActivate(a, next);
        long activated = System.nanoTime();
        assertThat(untilDecidedUnder(b, next, activated)).isNotNegative();
        Thread.sleep(500);
        running.set(false);
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        String line = "Publish under load on two replicas: %d decisions, %d failed".formatted(answers.size(), failed.get());
        System.out.println(line);
        write(line);
        assertThat(failed.get()).isZero();
        assertThat(Set.copyOf(answers)).containsExactlyInAnyOrder(old, next);
    }

    @Test
    void aReplicaKilledDuringAnActivationAndStartedAgainComesUpOnWhatIsInForce() throws Exception {
        ResponseEntity<String> staged = Http.stage(a.rest(), "while-b-down", TODAY, null, List.of());
        assertThat(staged.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Thread killer = new Thread(b::close);
        killer.start();
        assertThat(Http.activate(a.rest(), "while-b-down").getStatusCode()).isEqualTo(HttpStatus.OK);
        killer.join();
        b = start("replica-b");
        assertThat(b.readiness()).isEqualTo(200);
        assertThat(b.versionOfNextDecision()).as("from its first answer").isEqualTo("while-b-down");
    }

    @Test
    void theDatabaseStoppedUnderLoadDecisionsGoOnPublishingIsA503AndThenWorksAgain() throws Exception {
        String inForce = a.versionOfNextDecision();
        postgres.stop();
        try {
            for (int i = 0; i < 20; i++) {
                assertThat(a.versionOfNextDecision()).isEqualTo(inForce);
                assertThat(b.versionOfNextDecision()).isEqualTo(inForce);
            }
            ResponseEntity<String> refused = Http.stage(a.rest(), "db-down", TODAY, null, List.of());
            assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(503);
            assertThat(Http.read(refused.getBody()).path("type").asText()).endsWith("store-unavailable");
            assertThat(a.readiness()).as("still ready: it decides").isEqualTo(200);
        } finally {
            postgres.start();
        }
        long back = System.nanoTime();
        ResponseEntity<String> staged = null;
        while (System.nanoTime() - back < TimeUnit.SECONDS.toNanos(30)) {
            staged = Http.stage(a.rest(), "db-back", TODAY, null, List.of());
            if (staged.getStatusCode() == HttpStatus.CREATED) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(staged.getStatusCode()).as(staged.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(Http.activate(a.rest(), "db-back").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(untilDecidedUnder(b, "db-back", System.nanoTime())).isNotNegative();
    }

    @Test
    void aReplicaStartedWhileTheDatabaseIsDownIsNotReadyAndDecidesNothingUntilItIsBack() throws Exception {
        String inForce = a.versionOfNextDecision();
        postgres.stop();
        Replica c;
        try {
            c = start("replica-c");
            assertThat(c.readiness()).isEqualTo(503);
            assertThat(c.versionOfNextDecision()).isEqualTo("HTTP 503");
        } finally {
            postgres.start();
        }
        long back = System.nanoTime();
        try {
            while (c.readiness() != 200 && System.nanoTime() - back < TimeUnit.SECONDS.toNanos(30)) {
                Thread.sleep(100);
            }
            assertThat(c.readiness()).isEqualTo(200);
            assertThat(c.versionOfNextDecision()).isEqualTo(inForce);
        } finally {
            c.close();
        }
    }

    private static void write(String line) throws IOException {
        Path out = Path.of(System.getProperty("repo.root", "..")).resolve("service/target/replicas.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, line + System.lineSeparator(), java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }
}
