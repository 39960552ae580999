package uk.caredecisions.triage;

/** Fact: how the first-contact target of the decided priority counts days, from a TriageTargets row. */
public record TargetCounting(DayCount unit, String row) {}
