package uk.caredecisions.eligibility;

/**
 * What the Settings table says a fluctuation period shorter than its minimum (or not recorded)
 * means for a determination it could change (reg 2(4), 3(4)).
 */
public enum ShortPeriodTreatment {
    /** The period is a missing fact: no NOT_ELIGIBLE determination on conditions 2 or 3 until needs are considered long enough. */
    MISSING_FACT,
    /** Decide on the period considered and warn (the rule before rule set 2026.12.2). */
    WARNING_ONLY
}
