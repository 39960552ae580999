package uk.caredecisions.eligibility;

import uk.caredecisions.common.ConditionStatus;

/** Fact: what was found on one statutory condition, with the request field that feeds it. */
public record ConditionFinding(String party, int number, String condition, ConditionStatus status, String field) {}
