package uk.caredecisions.common;

/** What happens next after a decision, with the provision that requires it and the table row that set it. */
public record NextStep(String code, String text, String legalBasis, String source) {}
