package uk.caredecisions.service.decisions;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import uk.caredecisions.common.RuleSetRef;

/**
 * A decision just made, as a listener sees it: what was asked, by which client, and the answer
 * (an immutable record, serialised by the listener off the request thread unless
 * {@code responseJson} already holds the answer as sent).
 */
public record DecisionRecorded(String decisionId, String decisionType, Instant decidedAt, LocalDate asOf, RuleSetRef ruleSet,
                               String outcome, String client, JsonNode request, Object response, byte[] responseJson) {

    public DecisionRecorded(String decisionId, String decisionType, Instant decidedAt, LocalDate asOf, RuleSetRef ruleSet,
                            String outcome, String client, JsonNode request, Object response) {
        this(decisionId, decisionType, decidedAt, asOf, ruleSet, outcome, client, request, response, null);
    }
}
