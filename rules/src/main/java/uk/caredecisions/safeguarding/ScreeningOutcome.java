package uk.caredecisions.safeguarding;

/** The outcome of screening a concern. */
public enum ScreeningOutcome { S42_ENQUIRY, OTHER_ENQUIRY, NO_ENQUIRY, INSUFFICIENT_INFORMATION }
