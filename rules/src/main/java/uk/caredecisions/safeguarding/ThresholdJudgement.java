package uk.caredecisions.safeguarding;

/**
 * Fact: the practitioner's own judgement of the threshold level. The guidance supports, and does
 * not replace, professional judgement: when sent it decides whether the threshold is met, and the
 * table's level is recorded beside it.
 */
public record ThresholdJudgement(int level) {}
