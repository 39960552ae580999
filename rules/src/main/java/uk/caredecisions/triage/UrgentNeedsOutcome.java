package uk.caredecisions.triage;

/** Fact: whether s19(3) lets the council meet needs before assessment. Absent when urgency is unknown. */
public record UrgentNeedsOutcome(boolean power) {}
