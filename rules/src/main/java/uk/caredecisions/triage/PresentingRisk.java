package uk.caredecisions.triage;

/** Fact: one presenting risk found at screening, by its code in the TriagePriorities table. */
public record PresentingRisk(String code) {}
