package uk.caredecisions.safeguarding;

/**
 * Fact: the outcome of screening. {@code why} says why there is no enquiry (BELOW_THRESHOLD,
 * CRITERIA_NOT_MET, WISHES_RESPECTED) or why information is insufficient (FACTS_UNKNOWN,
 * WISHES_UNDETERMINED); empty for an enquiry.
 */
public record Screening(String outcome, String why, boolean wishesOverridden) {}
