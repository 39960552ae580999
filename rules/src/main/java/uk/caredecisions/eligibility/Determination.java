package uk.caredecisions.eligibility;

/** Fact: the determination, concluded by the law rules; next-step tables match on it. */
public record Determination(String party, String outcome) {}
