package uk.caredecisions.safeguarding;

/** Fact from the Levels table: whether a level meets the threshold, for one question, and the row that says so. */
public record LevelMeaning(String kind, int level, boolean met, String row) {}
