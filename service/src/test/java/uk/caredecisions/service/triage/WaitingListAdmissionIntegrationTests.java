package uk.caredecisions.service.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.caredecisions.service.Http;
import uk.caredecisions.service.rulesets.LifecycleIntegrationTest;

/** Over HTTP: a list that finds the room for lists in progress full waits its turn, then is answered. */
@LifecycleIntegrationTest
class WaitingListAdmissionIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    WaitingListAdmission admission;

    @Test
    void aListArrivingWhileTheRoomIsFullIsAnsweredWhenTheListBeforeItIsDone() throws Exception {
        String list = "{\"asOf\": \"2026-11-23\", \"cases\": [{\"caseReference\": \"ADMIT-1\", \"waitingSince\": \"2026-11-02\", "
                + "\"triage\": {\"routeOfAccess\": \"COMMUNITY\", \"presentingRisks\": [\"RECENT_FALL\"]}}]}";
        CompletableFuture<Http.Response> waiting;
        try (WaitingListAdmission.Turn whole = admission.admit(Long.MAX_VALUE)) {
            waiting = CompletableFuture.supplyAsync(() -> new Http(port).post("/v1/waiting-list/prioritise", list, Http.CLIENT));
            Thread.sleep(1_000);
            assertThat(waiting).as("waits while the room is full").isNotDone();
        }
        Http.Response answered = waiting.get(30, TimeUnit.SECONDS);
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().at("/cases/0/caseReference").asText()).isEqualTo("ADMIT-1");
    }
}
