package uk.caredecisions.safeguarding;

/** How fast the council must act on a concern; the timescales table gives each its working days. */
public enum Urgency {
    STANDARD, URGENT, EMERGENCY;

    /** Higher is more urgent: when several urgency rows match, the most urgent wins. */
    public int rank() {
        return ordinal();
    }
}
