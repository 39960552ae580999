package uk.caredecisions.triage;

/**
 * The local triage priority, most urgent first. There is no national scheme: the levels are the
 * council's, and what sets them is the TriagePriorities table (triage-priorities.drl.xlsx).
 */
public enum Priority {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW;

    /** 0 for the most urgent. */
    public int rank() {
        return ordinal();
    }
}
