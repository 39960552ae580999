package uk.caredecisions.safeguarding;

/** Fact from the Modifiers table: how far a circumstance raises the level, and the row that says so. */
public record LevelRaise(String code, String field, boolean possible, int raise, String row) {}
