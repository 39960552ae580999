package uk.caredecisions.common;

/** Whether a statutory condition or criterion was found to hold. */
public enum ConditionStatus { MET, NOT_MET, UNKNOWN }
