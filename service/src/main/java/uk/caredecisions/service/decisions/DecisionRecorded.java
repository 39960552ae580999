package uk.caredecisions.service.decisions;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import uk.caredecisions.common.RuleSetRef;

/**
 * A decision just made, as a listener sees it: what was asked, by which client, and the answer
 * (an immutable record; {@code responseJson} is the answer exactly as sent, written once on the
 * request thread). The request is a tree, serialised by the listener off the request thread, or,
 * for a body read as a stream (a waiting list), {@code requestJson}: the bytes as received, and
 * {@code request} null.
 */
public record DecisionRecorded(String decisionId, String decisionType, Instant decidedAt, LocalDate asOf, RuleSetRef ruleSet,
                               String outcome, String client, JsonNode request, byte[] requestJson, Object response, byte[] responseJson) {}
