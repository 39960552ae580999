package uk.caredecisions.triage;

/** Fact: whether s67 requires an independent advocate. Absent when a fact it depends on is unknown. */
public record AdvocacyOutcome(Advocacy advocacy) {}
