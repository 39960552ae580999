package uk.caredecisions.eligibility;

/** Fact concluded by a limb rule: the party is unable to achieve this outcome, by this limb. */
public record UnableToAchieve(String party, String outcome, String limb) {}
