package uk.caredecisions.safeguarding;

/**
 * Fact from the AbuseTypes table: the base level of a SAC type of abuse sent in the request, used
 * when no indicator counted under that type is recorded, and the row that set it.
 */
public record AbuseTypeLevel(String type, int level, String row) {}
