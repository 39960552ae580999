package uk.caredecisions.triage;

/**
 * The sequel to a contact on the Prevent / Reduce / Delay / Meet ladder (Care Act s2 prevention,
 * and long-term care to meet needs), from the least to the most intensive.
 */
public enum Sequel {
    PREVENT,
    REDUCE,
    DELAY,
    MEET
}
