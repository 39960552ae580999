package uk.caredecisions.safeguarding;

/** Fact: a request field whose unknown value could change the outcome. */
public record Unresolved(String field) {}
