package uk.caredecisions.service.receipts;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.caredecisions.common.RuleSetRef;
import uk.caredecisions.service.common.NotFoundException;

@RestController
@Tag(name = "Receipts", description = "Every decision kept, chained and replayable under its own policy (AUDITOR role)")
class ReceiptController {

    /** A receipt as an auditor reads it: the request and the answer as they were, and its place in the chain. */
    record ReceiptView(String decisionId, String decisionType, Instant decidedAt, LocalDate asOf, RuleSetRef ruleSet, String client,
                       String outcome, @Schema(implementation = JsonNode.class) JsonText request, @Schema(implementation = JsonNode.class) JsonText response,
                       long seq, String previousHash, String hash) {}

    private final Receipts receipts;
    private final Replay replay;
    private final ReceiptWriter writer;

    ReceiptController(Receipts receipts, Replay replay, ReceiptWriter writer) {
        this.receipts = receipts;
        this.writer = writer;
        this.replay = replay;
    }

    @Operation(summary = "The receipt of a decision (auditor)",
            description = "What was asked, by which client, under which rule-set version and sha256, and the answer exactly as given.")
    @GetMapping(path = "/v1/decisions/{decisionId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ReceiptView receipt(@PathVariable String decisionId) {
        Receipt r = find(decisionId);
        return new ReceiptView(r.decisionId(), r.decisionType(), r.decidedAt(), r.asOf(), ruleSetOf(r), r.client(), r.outcome(),
                r.request(), r.response(), r.seq(), r.previousHash(), r.hash());
    }

    @Operation(summary = "Decide a kept request again (auditor)",
            description = "Without 'under', under its own rule-set version: 'identical' is true when the answer is the one kept, field for field. "
                    + "under=current uses the version in force on its asOf now; under=<version> any loaded version. Each difference is listed by "
                    + "JSON path. Nothing is recorded by a replay.")
    @PostMapping(path = "/v1/decisions/{decisionId}/replay", produces = MediaType.APPLICATION_JSON_VALUE)
    Replay.Result replay(@PathVariable String decisionId, @RequestParam(required = false) String under) {
        return replay.replay(find(decisionId), under);
    }

    @Operation(summary = "Verify the receipt chain (auditor)",
            description = "Walks every receipt kept, from the last one purged by retention: each must follow the one before and match its hash, "
                    + "and the chain must end at the last receipt written. The first break is named.")
    @GetMapping(path = "/v1/receipts/verify", produces = MediaType.APPLICATION_JSON_VALUE)
    Receipts.Verification verify() {
        return receipts.verify();
    }

    /**
     * A receipt not found may still be on its way (written a batch at a time, up to the linger
     * later): the writer is given up to a second to write what it holds before the answer is 404.
     */
    private Receipt find(String decisionId) {
        Optional<Receipt> found = receipts.byId(decisionId);
        if (found.isEmpty()) {
            try {
                writer.flush(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            found = receipts.byId(decisionId);
        }
        return found.orElseThrow(() -> new NotFoundException("There is no receipt of decision " + decisionId + "."));
    }

    private static RuleSetRef ruleSetOf(Receipt r) {
        return new RuleSetRef(r.ruleSetVersion(), r.ruleSetSha256(), null);
    }
}
