package uk.caredecisions.safeguarding;

/**
 * Fact: a circumstance that may raise the threshold level. {@code possible} when its field is not
 * known: it then counts only when asking whether the unknown could change the outcome.
 */
public record ModifierFact(String code, String field, boolean possible) {}
