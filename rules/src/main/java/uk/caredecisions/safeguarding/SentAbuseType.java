package uk.caredecisions.safeguarding;

/** Fact: a SAC type of abuse the request itself sends in {@code abuseTypes}. */
public record SentAbuseType(String type) {}
