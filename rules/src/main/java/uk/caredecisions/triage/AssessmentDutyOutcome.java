package uk.caredecisions.triage;

/** Fact: what s9 / s10 and s11 require about assessment. Absent when a fact it depends on is unknown. */
public record AssessmentDutyOutcome(AssessmentDuty duty) {}
