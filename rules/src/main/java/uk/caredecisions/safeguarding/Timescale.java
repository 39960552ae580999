package uk.caredecisions.safeguarding;

/** Fact from the Timescales table: a deadline in working days, by name, and the row that set it. */
public record Timescale(String name, int workingDays, String row) {}
