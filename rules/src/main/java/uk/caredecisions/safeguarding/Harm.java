package uk.caredecisions.safeguarding;

/** The harm the incident caused, as the worker records it. */
public enum Harm { NONE, MINOR, SIGNIFICANT, SERIOUS, DEATH, UNKNOWN }
