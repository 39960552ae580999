package uk.caredecisions.service.rulesets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Publishing under load: several threads decide continuously over real HTTP while a practice lead
 * stages and activates a new version. No request may fail, every answer must name the old or the
 * new version, each answer must be wholly of the version it names (its wording too), and every
 * request sent after activation returned must get the new version.
 */
@LifecycleIntegrationTest
class PublishUnderLoadIntegrationTests {

    private static final int THREADS = 4;
    private static final String NEW_SENTENCE = "Determination: the adult's needs meet the eligibility criteria (second edition).";

    @Autowired
    TestRestTemplate rest;

    private record Answer(long sentAt, int status, String version, String eligibleText) {}

    @Test
    void decisionsNeverFailWhileANewVersionIsStagedAndActivated() throws Exception {
        TestRestTemplate client = rest.withBasicAuth(Http.CLIENT, Http.CLIENT_PASSWORD);
        String request = Http.adultRequest("2026-11-22", 30);
        JsonNode first = Http.read(client.postForEntity("/v1/decisions/adult-eligibility", Http.json(request), String.class).getBody());
        String oldVersion = first.path("ruleSet").path("version").asText();
        String oldSentence = eligibleText(first);
        String newVersion = "load-" + UUID.randomUUID().toString().substring(0, 8);

        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        CountDownLatch warmedUp = new CountDownLatch(THREADS * 10);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        for (int t = 0; t < THREADS; t++) {
            pool.submit(() -> {
                while (running.get()) {
                    long sentAt = System.nanoTime();
                    try {
                        ResponseEntity<String> response = client.postForEntity("/v1/decisions/adult-eligibility", Http.json(request), String.class);
                        if (response.getStatusCode() != HttpStatus.OK) {
                            failures.incrementAndGet();
                            answers.add(new Answer(sentAt, response.getStatusCode().value(), null, null));
                        } else {
                            JsonNode body = Http.read(response.getBody());
                            answers.add(new Answer(sentAt, 200, body.path("ruleSet").path("version").asText(), eligibleText(body)));
                        }
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                        answers.add(new Answer(sentAt, -1, null, e.getClass().getSimpleName()));
                    }
                    warmedUp.countDown();
                }
            });
        }
        assertThat(warmedUp.await(60, TimeUnit.SECONDS)).isTrue();

        byte[] secondEdition = Http.withCell(Http.adultWorkbook(), "Wording", "C25", NEW_SENTENCE);
        ResponseEntity<String> staged = Http.stage(rest, newVersion, "2016-01-01", secondEdition, List.of());
        assertThat(staged.getStatusCode()).as(staged.getBody()).isEqualTo(HttpStatus.CREATED);
        int beforeActivation = answers.size();
        ResponseEntity<String> activated = Http.activate(rest, newVersion);
        assertThat(activated.getStatusCode()).as(activated.getBody()).isEqualTo(HttpStatus.OK);
        long activatedAt = System.nanoTime();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (answers.stream().filter(a -> a.sentAt() > activatedAt).count() < THREADS * 20L && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        running.set(false);
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        List<Answer> all = List.copyOf(answers);
        System.out.printf("Publish under load: %d decisions from %d threads (%d before activation), %d failed%n",
                all.size(), THREADS, beforeActivation, failures.get());
        assertThat(failures.get()).as("failed requests").isZero();
        assertThat(all).extracting(Answer::version).allMatch(v -> Set.of(oldVersion, newVersion).contains(v));
        assertThat(all).extracting(Answer::version).contains(oldVersion, newVersion);
        // Never half old, half new: the wording in each answer is that of the version it names.
        assertThat(all).allSatisfy(a -> assertThat(a.eligibleText()).isEqualTo(a.version().equals(newVersion) ? NEW_SENTENCE : oldSentence));
        assertThat(all.stream().filter(a -> a.sentAt() > activatedAt)).isNotEmpty()
                .allSatisfy(a -> assertThat(a.version()).isEqualTo(newVersion));
    }

    private static String eligibleText(JsonNode decision) {
        for (JsonNode reason : decision.path("reasons")) {
            if (reason.path("code").asText().equals("ELIGIBLE")) {
                return reason.path("text").asText();
            }
        }
        return "(no ELIGIBLE reason)";
    }
}
