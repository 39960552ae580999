package uk.caredecisions.eligibility;

/** The determination under s13(1). */
public enum EligibilityOutcome { ELIGIBLE, NOT_ELIGIBLE, INSUFFICIENT_INFORMATION }
