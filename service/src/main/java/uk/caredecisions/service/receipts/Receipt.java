package uk.caredecisions.service.receipts;

import java.time.Instant;
import java.time.LocalDate;

/** A decision as kept: the request and the answer exactly as written, with where it sits in the chain. */
record Receipt(long seq, String decisionId, String decisionType, Instant decidedAt, LocalDate asOf, String ruleSetVersion, String ruleSetSha256,
               String client, String outcome, String request, String response, String previousHash, String hash) {

    /** What a receipt holds, in the order the chain hashes it and COPY writes it (the instant as stored). */
    java.util.List<String> content() {
        return java.util.List.of(decisionId, decisionType, ReceiptChain.stored(decidedAt).toString(), asOf.toString(), ruleSetVersion, ruleSetSha256,
                client, outcome, request, response);
    }

    Receipt chained(String previous) {
        Receipt unchained = new Receipt(seq, decisionId, decisionType, ReceiptChain.stored(decidedAt), asOf, ruleSetVersion, ruleSetSha256,
                client, outcome, request, response, previous, null);
        return new Receipt(seq, decisionId, decisionType, unchained.decidedAt(), asOf, ruleSetVersion, ruleSetSha256, client, outcome,
                request, response, previous, ReceiptChain.hash(previous, unchained));
    }
}
