package uk.caredecisions.service.decisions;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import uk.caredecisions.common.RuleSetRef;

/**
 * A decision just made, as a listener sees it: what was asked, by which client, and the answer
 * (an immutable record; {@code responseJson} is the answer exactly as sent, written once on the
 * request thread, and the request is serialised by the listener off it).
 */
public record DecisionRecorded(String decisionId, String decisionType, Instant decidedAt, LocalDate asOf, RuleSetRef ruleSet,
                               String outcome, String client, JsonNode request, Object response, byte[] responseJson) {}
