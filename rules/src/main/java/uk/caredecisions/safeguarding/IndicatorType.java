package uk.caredecisions.safeguarding;

/** Fact from the Indicators table: the SAC type of abuse a reported indicator is counted under. */
public record IndicatorType(String code, String abuseType) {}
