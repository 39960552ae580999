package uk.caredecisions.safeguarding;

/** What the adult wants done about the concern (Making Safeguarding Personal). */
public enum AdultWishes { WANTS_ACTION, DOES_NOT_WANT_ACTION, NOT_KNOWN }
