package uk.caredecisions.safeguarding;

/**
 * Fact: a request field sent as UNKNOWN (or left out where the law turns on it) that a condition of
 * the OtherEnquiry table reads, and for which some value the table uses would make an enquiry
 * proportionate. While it is open the outcome cannot be NO_ENQUIRY.
 */
public record OpenQuestion(String field) {}
