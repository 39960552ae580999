package uk.caredecisions.service.receipts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A decision as kept: the request and the answer exactly as written, with where it sits in the chain. */
record Receipt(long seq, String decisionId, String decisionType, Instant decidedAt, LocalDate asOf, String ruleSetVersion, String ruleSetSha256,
               String client, String outcome, JsonText request, JsonText response, String previousHash, String hash) {

    /** What a receipt holds as UTF-8, in the order the chain hashes it and COPY writes it (the instant as stored). */
    List<byte[]> content() {
        return List.of(utf8(decisionId), utf8(decisionType), utf8(ReceiptChain.stored(decidedAt).toString()), utf8(asOf.toString()),
                utf8(ruleSetVersion), utf8(ruleSetSha256), utf8(client), utf8(outcome), request.utf8(), response.utf8());
    }

    private static byte[] utf8(String field) {
        return field.getBytes(StandardCharsets.UTF_8);
    }

    Receipt chained(String previous) {
        Receipt unchained = new Receipt(seq, decisionId, decisionType, ReceiptChain.stored(decidedAt), asOf, ruleSetVersion, ruleSetSha256,
                client, outcome, request, response, previous, null);
        return new Receipt(seq, decisionId, decisionType, unchained.decidedAt(), asOf, ruleSetVersion, ruleSetSha256, client, outcome,
                request, response, previous, ReceiptChain.hash(previous, unchained));
    }
}
