package uk.caredecisions.safeguarding;

/** Fact: the urgency decided; the Timescales table matches on it. */
public record UrgencyDecided(String code) {}
