package uk.caredecisions.safeguarding;

/** Fact: the threshold level for one {@link ThresholdQuestion}. */
public record LevelResult(String kind, int level) {}
