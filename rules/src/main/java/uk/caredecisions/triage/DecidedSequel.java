package uk.caredecisions.triage;

/** Fact: the sequel decided, the highest rung proposed. */
public record DecidedSequel(Sequel sequel, String row) {}
