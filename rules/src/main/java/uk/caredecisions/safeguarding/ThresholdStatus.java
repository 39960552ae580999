package uk.caredecisions.safeguarding;

/** Fact: whether the concern reaches the local threshold: MET, NOT_MET, or UNDETERMINED while an unknown could bring it up. */
public record ThresholdStatus(String status, int level) {}
