package uk.caredecisions.safeguarding;

/** Fact from the Indicators table: the base threshold level of a reported indicator, and the row that set it. */
public record IndicatorLevel(String code, int level, String row) {}
