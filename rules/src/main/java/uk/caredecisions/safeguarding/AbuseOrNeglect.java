package uk.caredecisions.safeguarding;

/** Care Act 2014 s42(1)(b): is the adult experiencing, or at risk of, abuse or neglect? */
public enum AbuseOrNeglect { EXPERIENCING, AT_RISK, NO, UNKNOWN }
