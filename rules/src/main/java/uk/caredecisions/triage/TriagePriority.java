package uk.caredecisions.triage;

/** Fact: the priority decided, the highest of those proposed. */
public record TriagePriority(Priority priority) {}
