package uk.caredecisions.safeguarding;

/** The adult's capacity to make decisions about the safeguarding process (Mental Capacity Act 2005 ss1-3). */
public enum MentalCapacity { HAS_CAPACITY, LACKS_CAPACITY, NOT_ASSESSED }
